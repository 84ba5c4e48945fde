import { formatMessage } from '~/i18n/formatMessage';
import { LOCALE_INFO, type Locale } from '~/i18n/locales';
import { dictionaries } from '~/i18n/ui';
import type { UIKey } from '~/i18n/ui/types';

/** The props of a component whose words are in one language: it translates for itself. */
export interface InLanguage {
  /** The language of its words. */
  lang: Locale;
}

export type Translate = (key: UIKey, values?: Record<string, string | number>) => string;

/**
 * Returns `t(key, values)` for one language: `{name}` placeholders are filled from `values`, and
 * plural forms chosen by the language's rules (src/i18n/formatMessage.ts).
 */
export function useTranslations(lang: Locale): Translate {
  const dictionary = dictionaries[lang];
  const { tag } = LOCALE_INFO[lang];
  return (key, values = {}) => formatMessage(dictionary[key], values, tag);
}

/** Splits a `; `-separated dictionary value into list items. */
export function splitList(value: string): string[] {
  return value
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
}
