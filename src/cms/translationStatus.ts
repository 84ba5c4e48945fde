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
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.ts';

/** The translated collections, each `content/<folder>/<lang>/<slug>.mdx`; names as the editor's. */
// Help notes are written for one language each (content/help-notes/), so they have no translations.
export const TRANSLATED_COLLECTIONS = ['stories', 'explainers', 'lessons', 'pages', 'youth'] as const;

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

function recordedVersion(text: string): { lang?: string; version?: string } {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const recorded = ((parse(frontmatter) ?? {}) as { translatedFrom?: string }).translatedFrom ?? '';
  const [lang, version] = recorded.split('@');
  return { ...(lang ? { lang } : {}), ...(version ? { version } : {}) };
}

/** Every entry of every translated collection, with each language's state. */
export function translationStatus(contentRoot = 'content'): TranslationRow[] {
  const rows: TranslationRow[] = [];
  for (const collection of TRANSLATED_COLLECTIONS) {
    const folder = join(contentRoot, collection);
    if (!existsSync(folder)) continue;
    const read = (lang: string, slug: string) => {
      const file = join(folder, lang, `${slug}.mdx`);
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    };
    const slugs = new Set(
      LOCALES.flatMap((lang) =>
        existsSync(join(folder, lang))
          ? readdirSync(join(folder, lang))
              .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
              .map((file) => file.slice(0, -'.mdx'.length))
          : [],
      ),
    );
    for (const slug of [...slugs].sort()) {
      const source = [DEFAULT_LOCALE, ...LOCALES].find((lang) => read(lang, slug) !== undefined) ?? DEFAULT_LOCALE;
      const version = sourceVersion(read(source, slug) ?? '');
      const cells: Record<string, TranslationCell> = {};
      for (const lang of LOCALES) {
        const text = read(lang, slug);
        if (lang === source) cells[lang] = { state: 'source' };
        else if (text === undefined) cells[lang] = { state: 'missing' };
        else {
          const recorded = recordedVersion(text);
          cells[lang] =
            recorded.lang === source && recorded.version === version
              ? { state: 'current' }
              : { state: 'behind', ...(recorded.version ? { recorded: recorded.version } : {}) };
        }
      }
      rows.push({ collection, slug, source, version, cells });
    }
  }
  return rows;
}

/** Where an entry's edit screen is in the content editor (Sveltia CMS's routes). */
export function editorPath(collection: string, slug: string): string {
  return `admin/#/collections/${collection}/entries/${slug}`;
}
