import { LOCALE_INFO, type Locale } from '~/i18n/locales';

/** A date as readers of `lang` write it (`2026 ж. 27 қараша`, `27 ноября 2026 г.`, `27 November 2026`). */
export function formatDate(date: Date, lang: Locale): string {
  const tag = lang === 'en' ? 'en-GB' : LOCALE_INFO[lang].tag;
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
