import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { isLocale, LOCALES, type Locale } from '~/i18n/locales';
import type { PageSummary } from '~/search/query/rankByTitle';
import { encodeVocabulary } from '~/search/query/vocabulary';

/** Every HTML file under a folder. */
async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The words of the indexed text, per language (three letters or more): the query side guards its
 * stemmer with them and maps a reader's spelling back to the site's (see query/expandQuery.ts).
 */
async function collectVocabularies(files: string[]): Promise<Record<Locale, Set<string>>> {
  const words = Object.fromEntries(LOCALES.map((lang) => [lang, new Set<string>()])) as Record<Locale, Set<string>>;
  for (const file of files) {
    const root = parse(await readFile(file, 'utf8'));
    const lang = root.querySelector('html')?.getAttribute('lang');
    if (!isLocale(lang)) continue;
    for (const body of root.querySelectorAll('[data-pagefind-body]')) {
      for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
      for (const word of body.structuredText.match(/\p{L}{3,}/gu) ?? []) words[lang].add(word.toLocaleLowerCase(lang));
    }
  }
  return words;
}

/**
 * The names a page defines, by its address (`/en/glossary/`): the text of its `[data-search-term]`
 * elements (the glossary's terms), for the ranking (query/rankByTitle.ts termFactor).
 */
async function collectTerms(files: string[], outDir: string): Promise<Map<string, string[]>> {
  const terms = new Map<string, string[]>();
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-search-term')) continue;
    const names = parse(html)
      .querySelectorAll('[data-search-term]')
      .map((element) => element.text.trim());
    const address = `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    terms.set(address, names);
  }
  return terms;
}

/**
 * Each indexed page's title, type, whether it is a list page (the home page, or a page whose
 * address starts others', such as /kk/stories/), by language and Pagefind page id, read back from
 * the fragments Pagefind wrote (gzipped JSON after a "pagefind_dcd" signature). The query side
 * ranks with them without first downloading every result's fragment.
 */
async function collectPages(
  fragments: string,
  terms: Map<string, string[]>,
): Promise<Record<string, Record<string, PageSummary>>> {
  const read: { lang: string; id: string; url: string; title: string; type: string }[] = [];
  for (const name of await readdir(fragments)) {
    const id = name.replace(/\.pf_fragment$/, '');
    const lang = id.split('_')[0] ?? '';
    const text = gunzipSync(await readFile(join(fragments, name))).toString('utf8');
    const fragment = JSON.parse(text.replace(/^pagefind_dcd/, '')) as {
      url: string;
      meta: { title?: string };
      filters: { type?: string[] };
    };
    read.push({
      lang,
      id,
      url: fragment.url,
      title: fragment.meta.title ?? '',
      type: fragment.filters.type?.[0] ?? '',
    });
  }
  const pages: Record<string, Record<string, PageSummary>> = {};
  for (const { lang, id, url, title, type } of read) {
    const lists = read.some((other) => other.url !== url && other.url.startsWith(url));
    const named = terms.get(new URL(url, 'file:///').pathname);
    (pages[lang] ??= {})[id] = named ? [title, type, lists ? 1 : 0, named] : [title, type, lists ? 1 : 0];
  }
  return pages;
}

/**
 * Bundles the search app into the Pagefind folder; the launcher adds it on first use. Bundled
 * here, not by Vite: Vite 8 wraps every import(), even of a URL it cannot resolve, in its
 * module-preload helper (1.5 KB, more than the launcher itself) in the script every page runs, and
 * `build.modulePreload: false` does not remove it (tried; https://github.com/vitejs/vite/issues/13952).
 */
async function bundleSearchApp(outfile: string) {
  await build({
    entryPoints: [fileURLToPath(new URL('./client/searchApp.ts', import.meta.url))],
    outfile,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
  });
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
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const indexed = await index.addDirectory({ path: outDir });
        if (indexed.errors.length > 0) throw new Error(`Pagefind indexing failed: ${indexed.errors.join('; ')}`);
        const bundle = join(outDir, 'pagefind');
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await pagefind.close();

        await bundleSearchApp(join(bundle, 'search-app.js'));
        const files = await htmlFiles(outDir);
        const vocabularies = await collectVocabularies(files);
        const pages = await collectPages(join(bundle, 'fragment'), await collectTerms(files, outDir));
        await mkdir(bundle, { recursive: true });
        for (const lang of LOCALES) {
          const data = { words: encodeVocabulary(vocabularies[lang]), pages: pages[lang] ?? {} };
          await writeFile(join(bundle, `search-${lang}.json`), JSON.stringify(data));
        }
        logger.info(
          `indexed ${indexed.page_count} pages; vocabulary: ${LOCALES.map((lang) => `${lang} ${vocabularies[lang].size}`).join(', ')} words`,
        );
      },
    },
  };
}
