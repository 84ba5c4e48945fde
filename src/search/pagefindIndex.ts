import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { isLocale, LOCALES, type Locale } from '~/i18n/locales';
import { foldWord } from '~/search/query/foldWord';

/** Every HTML file under a folder. */
async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The words of the indexed text, per language, whose folded form differs from the word: the
 * only ones the search needs to map a reader's spelling back to the site's (see expandQuery).
 */
async function collectVocabularies(files: string[]): Promise<Record<Locale, string[]>> {
  const words = Object.fromEntries(LOCALES.map((lang) => [lang, new Set<string>()])) as Record<Locale, Set<string>>;
  for (const file of files) {
    const root = parse(await readFile(file, 'utf8'));
    const lang = root.querySelector('html')?.getAttribute('lang');
    if (!isLocale(lang)) continue;
    for (const body of root.querySelectorAll('[data-pagefind-body]')) {
      for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
      for (const word of body.textContent.match(/\p{L}+/gu) ?? []) {
        const lower = word.toLocaleLowerCase(lang);
        if (foldWord(lang, lower) !== lower) words[lang].add(lower);
      }
    }
  }
  return Object.fromEntries(LOCALES.map((lang) => [lang, [...words[lang]].sort()])) as Record<Locale, string[]>;
}

/**
 * Bundles the search UI into the Pagefind folder. It is loaded only when a reader opens search;
 * bundling it here (not through Vite) keeps Vite's module-preload helper, about 1 KB, out of the
 * small script every page runs.
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
        const vocabularies = await collectVocabularies(await htmlFiles(outDir));
        await mkdir(bundle, { recursive: true });
        for (const lang of LOCALES) {
          await writeFile(join(bundle, `vocabulary-${lang}.json`), JSON.stringify(vocabularies[lang]));
        }
        logger.info(
          `indexed ${indexed.page_count} pages; vocabulary: ${LOCALES.map((lang) => `${lang} ${vocabularies[lang].length}`).join(', ')} words`,
        );
      },
    },
  };
}
