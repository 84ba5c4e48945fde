import type { Locale } from '~/i18n/locales';
import { dictionaries } from '~/i18n/ui';
import type { UIKey } from '~/i18n/ui/types';

export type Translate = (key: UIKey, values?: Record<string, string | number>) => string;

/** Returns `t(key, values)` for one language; `{name}` placeholders are filled from `values`. */
export function useTranslations(lang: Locale): Translate {
  const dictionary = dictionaries[lang];
  return (key, values = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      name in values ? String(values[name]) : placeholder,
    );
}

/** Splits a `; `-separated dictionary value into list items. */
export function splitList(value: string): string[] {
  return value
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
}
