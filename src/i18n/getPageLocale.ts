import { DEFAULT_LOCALE, isLocale, type Locale } from '~/i18n/locales';

/** The reader's language from the route's `lang` parameter; pages outside `[lang]` are Kazakh. */
export function getPageLocale(params: Record<string, string | undefined>): Locale {
  return isLocale(params['lang']) ? params['lang'] : DEFAULT_LOCALE;
}
