/**
 * THE one list of languages. Routing, the sitemap, hreflang alternates, the language switcher
 * and the content loaders all derive from it.
 */
export const LOCALES = ['kk', 'ru', 'en', 'uz'] as const;

export type Locale = (typeof LOCALES)[number];

/** Kazakh is the site's first language. */
export const DEFAULT_LOCALE: Locale = 'kk';

interface LocaleInfo {
  /** The language's name in itself, as the switcher shows it. */
  endonym: string;
  /**
   * BCP 47 tag for Intl (dates, sorting, language names). `lang` and `hreflang` use the locale
   * code itself: `uz` means Uzbek in Latin script (its likely script), `uz-Latn` says it in full.
   */
  tag: string;
  /** The tag for dates and numbers, where it differs from `tag` (English: day before month). */
  formatTag?: string;
  /** Open Graph locale. */
  ogLocale: string;
  /**
   * A language still being added: content entries and glossary terms may be missing in it.
   * Its readers then see the nearest language of its fallback order, visibly marked and with
   * the right `lang`. The other languages must have every entry and term.
   */
  partial?: true;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  kk: { endonym: 'Қазақша', tag: 'kk', ogLocale: 'kk_KZ' },
  ru: { endonym: 'Русский', tag: 'ru', ogLocale: 'ru_RU' },
  en: { endonym: 'English', tag: 'en', formatTag: 'en-GB', ogLocale: 'en_US' },
  uz: { endonym: 'Oʻzbekcha', tag: 'uz-Latn', ogLocale: 'uz_UZ', partial: true },
};

/**
 * When an entry is missing in the reader's language, the nearest language that has it is shown.
 * Kazakh and Russian readers are almost all bilingual in Kazakh and Russian, so each falls back to
 * the other before English; English readers get Russian first, the most widely read of the two
 * in the region, then Kazakh. Uzbek readers in Kazakhstan and Uzbekistan read Russian more often
 * than Kazakh, so Uzbek falls back to Russian first. Languages added later stay out of the
 * older languages' orders: their readers are not expected to read them.
 */
export const FALLBACK_ORDER: Record<Locale, readonly Locale[]> = {
  kk: ['kk', 'ru', 'en'],
  ru: ['ru', 'kk', 'en'],
  en: ['en', 'ru', 'kk'],
  uz: ['uz', 'ru', 'kk', 'en'],
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The Intl tag for formatting dates and numbers in a language. */
export function formatTagOf(lang: Locale): string {
  return LOCALE_INFO[lang].formatTag ?? LOCALE_INFO[lang].tag;
}
