import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import { isLocale, LOCALES, type Locale } from '~/i18n/locales';
import type { PageSummary } from '~/search/query/rankResults';

/** Marks the indexed block of a page that lists other pages (the home page, /stories/…): set by its route. */
export const LIST_ATTRIBUTE = 'data-search-list';
/** Marks a name a page defines (the glossary's terms). */
export const TERM_ATTRIBUTE = 'data-search-term';

/** What the query side needs of the built site, per language. */
export interface BuiltPages {
  /** The words of the indexed text, three letters or more, lower-cased. */
  words: Record<Locale, Set<string>>;
  /** Each indexed page's summary for the ranking, by its address (`/kk/help/`). */
  pages: Map<string, PageSummary>;
}

/** A built file's address: `dist/kk/help/index.html` → `/kk/help/`. */
export function addressOf(file: string, outDir: string): string {
  return `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
}

/**
 * Reads every built HTML file once and keeps, from its indexed block (`data-pagefind-body`, less
 * `data-pagefind-ignore`): its words for the vocabulary, and for the ranking its title (the first
 * h1, as Pagefind takes it), type (the `type:` Pagefind filter), whether it lists other pages
 * (LIST_ATTRIBUTE, set by the page's route) and the terms it defines (TERM_ATTRIBUTE). A page
 * indexed without a title or type fails the build, naming the file.
 */
export async function readBuiltPages(files: readonly string[], outDir: string): Promise<BuiltPages> {
  const words = Object.fromEntries(LOCALES.map((lang) => [lang, new Set<string>()])) as Record<Locale, Set<string>>;
  const pages = new Map<string, PageSummary>();
  for (const file of files) {
    const root = parse(await readFile(file, 'utf8'));
    const lang = root.querySelector('html')?.getAttribute('lang');
    const bodies = root.querySelectorAll('[data-pagefind-body]');
    if (!isLocale(lang) || bodies.length === 0) continue;
    const terms = bodies.flatMap((body) =>
      body.querySelectorAll(`[${TERM_ATTRIBUTE}]`).map((term) => term.text.trim()),
    );
    const title = bodies.map((body) => body.querySelector('h1')?.text.trim()).find(Boolean);
    const type = bodies
      .map((body) => /(?:^|,)\s*type:([^,]+)/.exec(body.getAttribute('data-pagefind-filter') ?? '')?.[1]?.trim())
      .find(Boolean);
    if (!title || !type) {
      throw new Error(`${file}: an indexed page needs an h1 and a "type:" data-pagefind-filter for search`);
    }
    const lists = bodies.some((body) => body.hasAttribute(LIST_ATTRIBUTE)) ? 1 : 0;
    pages.set(addressOf(file, outDir), terms.length > 0 ? [title, type, lists, terms] : [title, type, lists]);
    for (const body of bodies) {
      for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
      for (const word of body.structuredText.match(/\p{L}{3,}/gu) ?? []) words[lang].add(word.toLocaleLowerCase(lang));
    }
  }
  return { words, pages };
}
