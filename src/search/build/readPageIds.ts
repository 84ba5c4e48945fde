import { gunzipSync } from 'node:zlib';

/** A file Pagefind wrote, as its Node API's `getFiles()` gives it. */
export interface PagefindFile {
  path: string;
  content: Uint8Array;
}

/** What a fragment file starts with once gunzipped, before its JSON (Pagefind 1.x). */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Each indexed page's address by Pagefind's page id (`kk_1a2b3c4`), the one thing only Pagefind
 * knows: its search results name pages by id alone. Read from the fragment files (gzipped JSON
 * after a signature), an internal format: tests/unit/search/readPageIds.test.ts runs the installed
 * Pagefind and fails if the format changes, and the build fails here on a fragment it cannot read.
 */
export function readPageIds(files: readonly PagefindFile[]): Map<string, string> {
  const addresses = new Map<string, string>();
  for (const { path, content } of files) {
    const match = /(?:^|\/)fragment\/([^/]+)\.pf_fragment$/.exec(path.split('\\').join('/'));
    if (!match?.[1]) continue;
    const text = gunzipSync(content).toString('utf8');
    if (!text.startsWith(FRAGMENT_SIGNATURE)) {
      throw new Error(
        `Pagefind fragment ${path}: no "${FRAGMENT_SIGNATURE}" signature; has Pagefind changed its format?`,
      );
    }
    const { url } = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url?: unknown };
    if (typeof url !== 'string') throw new Error(`Pagefind fragment ${path}: no url; has Pagefind changed its format?`);
    addresses.set(match[1], new URL(url, 'file:///').pathname);
  }
  return addresses;
}
