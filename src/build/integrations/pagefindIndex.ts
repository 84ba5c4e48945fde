import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { listHtmlFiles } from '~/build/builtPages';
import { LOCALES, type Locale } from '~/i18n/locales';
import { readBuiltPages, type BuiltPages } from '~/search/build/readBuiltPages';
import { readPageIds, type PagefindFile } from '~/search/build/readPageIds';
import type { PageSummary } from '~/search/query/rankResults';
import { searchAppPath } from '~/search/searchAppPath';
import { encodeVocabulary } from '~/search/query/vocabulary';

/**
 * The ranking data per language, by Pagefind page id: what the build knows of each page (see
 * build/readBuiltPages.ts), joined to Pagefind's ids. A page one side has and the other lacks
 * fails the build, naming its address.
 */
function pagesById(addresses: Map<string, string>, built: BuiltPages): Record<string, Record<string, PageSummary>> {
  const pages: Record<string, Record<string, PageSummary>> = {};
  for (const [id, address] of addresses) {
    const summary = built.pages.get(address);
    if (!summary) throw new Error(`search: Pagefind indexed ${address}, but its built page has no indexed block`);
    (pages[id.split('_')[0] ?? ''] ??= {})[id] = summary;
  }
  const indexed = new Set(addresses.values());
  const missing = [...built.pages.keys()].filter((address) => !indexed.has(address));
  if (missing.length > 0) throw new Error(`search: Pagefind did not index ${missing.join(', ')}`);
  return pages;
}

/**
 * Bundles the search app for one language into the Pagefind folder; the launcher adds it on first
 * use. Only that language's query rules go in: the others' modules are replaced by empty rules, so
 * a Kazakh reader does not download the Russian, English and Uzbek tables. Bundled here, not by
 * Vite: Vite 8 wraps every import(), even of a URL it cannot resolve, in its module-preload helper
 * (1.5 KB, more than the launcher itself) in the script every page runs, and
 * `build.modulePreload: false` does not remove it (tried; https://github.com/vitejs/vite/issues/13952).
 */
async function bundleSearchApp(outfile: string, lang: Locale) {
  await build({
    entryPoints: [fileURLToPath(new URL('../../search/client/searchApp.ts', import.meta.url))],
    outfile,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    plugins: [
      {
        name: 'one-language',
        setup(bundler) {
          bundler.onResolve({ filter: /\/languages\/[a-z]+$/ }, ({ path }) => {
            const other = path.split('/').at(-1) ?? '';
            return other === lang ? undefined : { path: other, namespace: 'other-language' };
          });
          bundler.onLoad({ filter: /.*/, namespace: 'other-language' }, ({ path }) => ({
            contents: `export const ${path} = {};`,
            loader: 'ts',
          }));
        },
      },
    ],
  });
}

/** The fragment files Pagefind wrote (one per page), for their page ids. */
function readFragments(bundle: string): PagefindFile[] {
  const folder = join(bundle, 'fragment');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.pf_fragment'))
    .sort()
    .map((name) => ({ path: `fragment/${name}`, content: readFileSync(join(folder, name)) }));
}

/** Pagefind's index of the built pages, written to `bundle`; its page count and fragment files. */
async function writePagefindIndex(outDir: string, bundle: string) {
  let indexed;
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    indexed = await index.addDirectory({ path: outDir });
    if (indexed.errors.length > 0) throw new Error(`Pagefind indexing failed: ${indexed.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  // Read back from the folder: `getFiles()` would build the whole index a second time.
  return { pageCount: indexed.page_count, indexFiles: readFragments(bundle) };
}

/**
 * Builds the search index after the site is built, through Pagefind's Node API (as Starlight
 * does): one index per `<html lang>`, main content only (`data-pagefind-body`). Beside it, a
 * vocabulary per language for the query expansion that Pagefind lacks for Kazakh.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const bundle = join(outDir, 'pagefind');
        // Pagefind indexes in its own process while this one reads the same pages for the ranking.
        const [{ pageCount, indexFiles }, built] = await Promise.all([
          writePagefindIndex(outDir, bundle),
          readBuiltPages(listHtmlFiles(outDir), outDir),
        ]);
        for (const lang of LOCALES) await bundleSearchApp(join(outDir, searchAppPath(lang)), lang);
        const pages = pagesById(readPageIds(indexFiles), built);
        const vocabularies = built.words;
        await mkdir(bundle, { recursive: true });
        for (const lang of LOCALES) {
          const data = { words: encodeVocabulary(vocabularies[lang]), pages: pages[lang] ?? {} };
          await writeFile(join(bundle, `search-${lang}.json`), JSON.stringify(data));
        }
        logger.info(
          `indexed ${pageCount} pages; vocabulary: ${LOCALES.map((lang) => `${lang} ${vocabularies[lang].size}`).join(', ')} words`,
        );
      },
    },
  };
}
