import { describe, expect, it } from 'vitest';
import { validateDictionaries } from '../../../src/i18n/ui/validateDictionaries';

describe('validateDictionaries', () => {
  it('accepts dictionaries with the same keys', () => {
    const dictionaries = { kk: { a: 'а' }, ru: { a: 'а' }, en: { a: 'a' }, uz: { a: 'a' } };
    expect(validateDictionaries(dictionaries)).toBe(dictionaries);
  });

  it('names a plural that lacks a form the language needs', () => {
    expect(() =>
      validateDictionaries({
        kk: { n: '{n} минут' },
        ru: { n: '{n, plural, one {# минута} other {# минуты}}' },
        en: { n: '{n, plural, one {# minute} other {# minutes}}' },
        uz: { n: '{n} daqiqa' },
      }),
    ).toThrow('src/i18n/ui/ru.ts: key "n": {n} lacks the "few" form');
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

describe('validateDictionaries and help-line numbers', () => {
  const LINES = ['112', '116 16'];
  const withEnglish = (en: string) => ({ kk: { a: 'а' }, ru: { a: 'а' }, en: { a: en }, uz: { a: 'a' } });

  it('refuses a help-line number typed into a string as a phone number, naming the file and key', () => {
    expect(() => validateDictionaries(withEnglish('Call 112 now'), LINES)).toThrow(
      'src/i18n/ui/en.ts: key "a" types the help-line number "112"',
    );
    expect(() => validateDictionaries(withEnglish('Dial 116 16'), LINES)).toThrow('help-line number "116 16"');
  });

  it('accepts an ordinary number and a number passed in as a placeholder', () => {
    expect(() => validateDictionaries(withEnglish('112 pages; call {number}'), LINES)).not.toThrow();
  });

  it('checks the real dictionaries against the real lines when they load', async () => {
    const { dictionaries } = await import('../../../src/i18n/ui');
    expect(Object.keys(dictionaries)).toEqual(['kk', 'ru', 'en', 'uz']);
  });
});
