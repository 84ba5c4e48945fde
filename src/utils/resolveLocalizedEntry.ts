import { FALLBACK_ORDER, type Locale } from '~/i18n/locales';

/** A content entry picked for a reader, with the language it is actually written in. */
export interface LocalizedEntry<Entry> {
  entry: Entry;
  /** The language of the text shown; differs from the reader's when a translation is missing. */
  lang: Locale;
}

/**
 * Picks the entry for `slug` in the reader's language, or in the nearest language that has it
 * (`FALLBACK_ORDER`). Entries are keyed by id `<lang>/<slug>`. Returns undefined only when no
 * language has the slug.
 */
export function resolveLocalizedEntry<Entry extends { id: string }>(
  entries: readonly Entry[],
  slug: string,
  readerLang: Locale,
): LocalizedEntry<Entry> | undefined {
  const byId = indexById(entries);
  for (const lang of FALLBACK_ORDER[readerLang]) {
    const entry = byId.get(`${lang}/${slug}`);
    if (entry) return { entry, lang };
  }
  return undefined;
}

const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/**
 * A collection's entries by id, built once per list: a list resolved slug by slug (every story, in
 * every language) would otherwise be searched from the start for each one, 12,000 times 12,000
 * comparisons at 3,000 stories per language.
 */
function indexById<Entry extends { id: string }>(entries: readonly Entry[]): Map<string, Entry> {
  let index = indexes.get(entries) as Map<string, Entry> | undefined;
  if (!index) {
    index = new Map(entries.map((entry) => [entry.id, entry]));
    indexes.set(entries, index);
  }
  return index;
}
