/**
 * Which translations are missing, up to date or behind their source. Each translation records
 * the version of the source it was made from in its frontmatter:
 *
 *   translatedFrom: "kk@3f9a1c02"
 *
 * `version` is the start of a SHA-256 of the source file as it is saved, so any change to the
 * source makes its translations "behind" until a translator updates them and the version.
 * Runs under plain Node (tools/check-translations.ts) and in the build (the editors' page).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, listEntrySlugs, splitEntry } from '../data/contentModel.ts';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.ts';

export type TranslationState = 'source' | 'missing' | 'current' | 'behind';

export interface TranslationCell {
  state: TranslationState;
  /** For a behind translation: the version it was made from, if it says. */
  recorded?: string;
}

export interface TranslationRow {
  collection: string;
  slug: string;
  /** The language the others are translated from: Kazakh, or the first language that has the entry. */
  source: string;
  /** The source's current version, to write into `translatedFrom` (`<source>@<version>`) after updating a translation. */
  version: string;
  cells: Record<string, TranslationCell>;
}

/** The version of a source file: the first 8 hex digits of the SHA-256 of its text. */
export function sourceVersion(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

function recordedVersion(text: string, file: string): { lang?: string; version?: string } {
  const { translatedFrom } = splitEntry(text, file).data;
  const recorded = typeof translatedFrom === 'string' ? translatedFrom : '';
  const [lang, version] = recorded.split('@');
  return { ...(lang ? { lang } : {}), ...(version ? { version } : {}) };
}

/** Every entry of every translated collection, with each language's state. */
export function translationStatus(contentRoot = 'content'): TranslationRow[] {
  const rows: TranslationRow[] = [];
  for (const collection of COLLECTIONS.filter(({ translated }) => translated)) {
    const folder = join(contentRoot, collection.folder);
    const fileOf = (lang: string, slug: string) => join(folder, lang, `${slug}.mdx`);
    const read = (lang: string, slug: string) =>
      existsSync(fileOf(lang, slug)) ? readFileSync(fileOf(lang, slug), 'utf8') : undefined;
    const slugs = new Set(LOCALES.flatMap((lang) => listEntrySlugs(collection, lang, contentRoot)));
    for (const slug of [...slugs].sort()) {
      const source = [DEFAULT_LOCALE, ...LOCALES].find((lang) => read(lang, slug) !== undefined) ?? DEFAULT_LOCALE;
      const version = sourceVersion(read(source, slug) ?? '');
      const cells: Record<string, TranslationCell> = {};
      for (const lang of LOCALES) {
        const text = read(lang, slug);
        if (lang === source) cells[lang] = { state: 'source' };
        else if (text === undefined) cells[lang] = { state: 'missing' };
        else {
          const recorded = recordedVersion(text, fileOf(lang, slug));
          cells[lang] =
            recorded.lang === source && recorded.version === version
              ? { state: 'current' }
              : { state: 'behind', ...(recorded.version ? { recorded: recorded.version } : {}) };
        }
      }
      rows.push({ collection: collection.folder, slug, source, version, cells });
    }
  }
  return rows;
}

/** Where an entry's edit screen is in the content editor (Sveltia CMS's routes). */
export function editorPath(collection: string, slug: string): string {
  return `admin/#/collections/${collection}/entries/${slug}`;
}
