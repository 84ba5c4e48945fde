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
  for (const lang of FALLBACK_ORDER[readerLang]) {
    const entry = entries.find((candidate) => candidate.id === `${lang}/${slug}`);
    if (entry) return { entry, lang };
  }
  return undefined;
}
