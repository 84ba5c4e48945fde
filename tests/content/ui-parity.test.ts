import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/ui';

describe('UI dictionaries', () => {
  it('have exactly the same keys in every language', () => {
    const reference = Object.keys(dictionaries.kk).sort();
    for (const lang of LOCALES) expect(Object.keys(dictionaries[lang]).sort()).toEqual(reference);
  });

  it('never leave a string untranslated (identical to another language) except names and codes', () => {
    // Pure patterns of placeholders read the same in every language.
    const sameEverywhere = new Set(['kit.download']);
    for (const key of Object.keys(dictionaries.kk) as (keyof typeof dictionaries.kk)[]) {
      if (sameEverywhere.has(key)) continue;
      expect(dictionaries.en[key], key).not.toBe(dictionaries.kk[key]);
      expect(dictionaries.en[key], key).not.toBe(dictionaries.ru[key]);
      expect(dictionaries.uz[key], key).not.toBe(dictionaries.ru[key]);
      expect(dictionaries.uz[key], key).not.toBe(dictionaries.en[key]);
    }
  });
});
