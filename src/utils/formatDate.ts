import { formatTagOf, type Locale } from '~/i18n/locales';

/** A date as readers of `lang` write it (`2026 ж. 27 қараша`, `27 ноября 2026 г.`, `27 November 2026`). */
export function formatDate(date: Date, lang: Locale): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(formatTagOf(lang), { dateStyle: 'long', timeZone: 'UTC' });
    formats.set(lang, format);
  }
  return format.format(date);
}

/** One formatter per language: creating one costs more than formatting, and every page shows a date. */
const formats = new Map<Locale, Intl.DateTimeFormat>();
