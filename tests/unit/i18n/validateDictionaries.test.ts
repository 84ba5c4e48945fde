import { describe, expect, it } from 'vitest';
import { validateDictionaries } from '../../../src/i18n/ui/validateDictionaries';

describe('validateDictionaries', () => {
  it('accepts dictionaries with the same keys', () => {
    const dictionaries = { kk: { a: 'а' }, ru: { a: 'а' }, en: { a: 'a' }, uz: { a: 'a' } };
    expect(validateDictionaries(dictionaries)).toBe(dictionaries);
  });

  it('names the language and the key that is missing', () => {
    expect(() =>
      validateDictionaries({
        kk: { a: 'а', b: 'б' },
        ru: { a: 'а', b: 'б' },
        en: { a: 'a' },
        uz: { a: 'a', b: 'b' },
      }),
    ).toThrow('src/i18n/ui/en.ts: missing key "b"');
  });

  it('rejects an empty string and a key the Kazakh reference lacks', () => {
    const run = () =>
      validateDictionaries({
        kk: { a: 'а' },
        ru: { a: ' ', extra: 'x' },
        en: { a: 'a' },
        uz: { a: 'a' },
      });
    expect(run).toThrow('src/i18n/ui/ru.ts: key "a" is empty');
    expect(run).toThrow('src/i18n/ui/ru.ts: key "extra" is not in the Kazakh reference');
  });
});
