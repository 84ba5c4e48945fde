import { findPluralProblems } from '~/i18n/formatMessage';
import { LOCALE_INFO, type Locale } from '~/i18n/locales';
import type { UIDictionary } from '~/i18n/ui/types';
import { findTypedHelpLineNumber } from '~/utils/findTypedHelpLineNumber';

/**
 * Checks that every dictionary has exactly the keys of the Kazakh reference, each a non-empty
 * string whose plural forms are the ones the language needs, with no help-line number typed as a phone number (`helpLineDisplays`, as written in
 * content/hotlines.yaml: numbers reach pages only from that file), and throws one error naming
 * every offending language and key.
 */
export function validateDictionaries(
  dictionaries: Record<Locale, Record<string, unknown>>,
  helpLineDisplays: readonly string[] = [],
): Record<Locale, UIDictionary> {
  const reference = Object.keys(dictionaries.kk);
  const problems: string[] = [];
  for (const [lang, dictionary] of Object.entries(dictionaries)) {
    const keys = new Set(Object.keys(dictionary));
    for (const key of reference) {
      const value = dictionary[key];
      if (!keys.has(key)) problems.push(`src/i18n/ui/${lang}.ts: missing key "${key}"`);
      else if (typeof value !== 'string' || value.trim() === '')
        problems.push(`src/i18n/ui/${lang}.ts: key "${key}" is empty`);
      else {
        for (const problem of findPluralProblems(value, LOCALE_INFO[lang as Locale].tag))
          problems.push(`src/i18n/ui/${lang}.ts: key "${key}": ${problem}`);
        const typed = findTypedHelpLineNumber(value, helpLineDisplays);
        if (typed)
          problems.push(
            `src/i18n/ui/${lang}.ts: key "${key}" types the help-line number "${typed.typed}": ` +
              'pass it in from content/hotlines.yaml as a {placeholder}',
          );
      }
    }
    for (const key of keys) {
      if (!reference.includes(key))
        problems.push(`src/i18n/ui/${lang}.ts: key "${key}" is not in the Kazakh reference (kk.ts)`);
    }
  }
  if (problems.length > 0) throw new Error(`UI dictionaries are incomplete or unsafe:\n${problems.join('\n')}`);
  return dictionaries as Record<Locale, UIDictionary>;
}
