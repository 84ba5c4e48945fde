import { describe, expect, it } from 'vitest';
import { readLatin } from '../../../src/search/query/expandQuery';
import { foldWord } from '../../../src/search/query/foldWord';
import { kk } from '../../../src/search/query/languages/kk';
import { ru } from '../../../src/search/query/languages/ru';
import { isLatin, transliterate } from '../../../src/search/query/transliterate';
import { Vocabulary } from '../../../src/search/query/vocabulary';

const kkSite = new Vocabulary('kk', [
  'көмек',
  'қорғау',
  'құпиялылық',
  'жүргенбаева',
  'шешім',
  'қауіпсізірек',
  'жасөспірім',
]);
const ruSite = new Vocabulary('ru', ['помощь', 'звонить', 'жургенбаева', 'кошелековой', 'признаки', 'линия', 'щит']);
const readKk = (word: string) => readLatin(word, kkSite);
const readRu = (word: string) => readLatin(word, ruSite);

describe('transliterate', () => {
  it('reads every letter of the 2021 Kazakh Latin alphabet', () => {
    const word = 'äğqñöūüışç';
    expect(transliterate(word, kk.latin ?? {})[0]).toBe('агкноууишч');
    expect(transliterate('i', kk.latin ?? {})).toEqual(['и', 'ы']);
  });

  it('reads letter groups before single letters', () => {
    expect(transliterate('shzhchkh', kk.latin ?? {})[0]).toBe('шжчх');
    expect(transliterate('shchi', ru.latin ?? {})[0]).toBe('щи');
  });

  it('tells Latin words from others', () => {
    expect(isLatin('Qūpiialylyq')).toBe(true);
    expect(isLatin('көмек')).toBe(false);
  });
});

describe('readLatin (guided by the site’s vocabulary)', () => {
  it('reads Kazakh in the 2021 alphabet', () => {
    expect(readKk('Qūpiialylyq')).toBe(foldWord('kk', 'құпиялылық'));
    expect(readKk('qorğau')).toBe(foldWord('kk', 'қорғау'));
    expect(readKk('şeşım')).toBe(foldWord('kk', 'шешім'));
  });

  it('reads informal Kazakh spellings', () => {
    expect(readKk('komek')).toBe(foldWord('kk', 'көмек'));
    expect(readKk('qorgau')).toBe(foldWord('kk', 'қорғау'));
    expect(readKk('korgau')).toBe(foldWord('kk', 'қорғау'));
    expect(readKk('Zhurgenbaeva')).toBe(foldWord('kk', 'жүргенбаева'));
    expect(readKk('zhasospirim')).toBe(foldWord('kk', 'жасөспірім'));
    expect(readKk('qauipsizirek')).toBe(foldWord('kk', 'қауіпсізірек'));
  });

  it('reads Russian in the usual transliteration schemes', () => {
    expect(readRu('pomosh')).toBe('помощ');
    expect(readRu('pomoshch')).toBe('помощ');
    expect(readRu('zvonit')).toBe('звонит');
    expect(readRu('Zhurgenbaeva')).toBe('жургенбаева');
    expect(readRu('Koshelekovoy')).toBe('кошелековой');
    expect(readRu('linija')).toBe('линия');
    expect(readRu('liniya')).toBe('линия');
  });

  it('leaves a word alone when no reading is a word of the site, or the language has no table', () => {
    expect(readKk('xyzzy')).toBe('xyzzy');
    expect(readLatin('help', new Vocabulary('en', ['help']))).toBe('help');
    expect(readLatin('kitob', new Vocabulary('uz', ['kitob']))).toBe('kitob');
  });
});
