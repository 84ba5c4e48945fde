import { describe, expect, it } from 'vitest';
import {
  expandQuery,
  MAX_ALTERNATIVES,
  readOtherScript,
  removeStopWords,
  SYNONYM_WEIGHT,
  synonymsOf,
} from '../../../src/search/query/expandQuery';
import { Vocabulary } from '../../../src/search/query/vocabulary';

describe('removeStopWords', () => {
  it('drops question and stop words in each language', () => {
    expect(removeStopWords(['куда', 'звонить'], 'ru')).toEqual(['звонить']);
    expect(removeStopWords(['қайда', 'хабарласу', 'керек'], 'kk')).toEqual(['хабарласу']);
    expect(removeStopWords(['кайда', 'хабарласу', 'керек'], 'kk')).toEqual(['хабарласу']);
    expect(removeStopWords(['how', 'do', 'i', 'report', 'it'], 'en')).toEqual(['report']);
  });

  it('keeps the query when nothing else would be left, and in a language with no list', () => {
    expect(removeStopWords(['что', 'где'], 'ru')).toEqual(['что', 'где']);
    expect(removeStopWords(['qayerga', 'qilish'], 'tg')).toEqual(['qayerga', 'qilish']);
  });
});

describe('synonymsOf', () => {
  it('offers the site’s words for a reader’s, phrase for phrase, keeping the rest of the query', () => {
    expect(synonymsOf(['линия', 'помощи'], 'ru')).toContainEqual(['телефон', 'доверия']);
    expect(synonymsOf(['bride', 'kidnapping', 'law'], 'en')).toContainEqual(['forced', 'marriage', 'law']);
    expect(synonymsOf(['жедел', 'желі'], 'kk')).toContainEqual(['сенім', 'телефоны']);
  });

  it('matches a synonym group in inflected forms, on stems («телефона доверия», «сенім телефонына»)', () => {
    const ruSite = new Vocabulary('ru', ['телефон', 'телефона', 'доверия', 'помощи']);
    expect(synonymsOf(['телефона', 'доверия'], 'ru', ruSite)).toContainEqual(['линия', 'помощи']);
    const kkSite = new Vocabulary('kk', ['сенім', 'телефон', 'телефоны', 'телефонына', 'телефонға']);
    expect(synonymsOf(['сенім', 'телефонына'], 'kk', kkSite)).toContainEqual(['жедел', 'желі']);
  });

  it('does not take a short word for the start of a longer one («id card» is not «idea card»)', () => {
    expect(synonymsOf(['idea', 'card'], 'en')).toEqual([]);
    expect(synonymsOf(['id', 'card'], 'en')).toContainEqual(['passport']);
  });

  it('never returns the query itself, and nothing for a word outside every group', () => {
    expect(synonymsOf(['hotline'], 'en')).not.toContainEqual(['hotline']);
    expect(synonymsOf(['hokkaido'], 'en')).toEqual([]);
    expect(synonymsOf(['hotline'], 'tg')).toEqual([]);
  });
});

/** The query strings of an expansion, best first. */
const texts = (query: string, vocabulary: Vocabulary) => expandQuery(query, vocabulary).map(({ text }) => text);

describe('expandQuery', () => {
  it('maps a Kazakh word typed on a Russian keyboard back to the site spelling, as a stem', () => {
    const vocabulary = new Vocabulary('kk', ['жүргенбаева', 'жүргенбаеваның', 'қауіп']);
    expect(texts('Жургенбаеванын', vocabulary)).toEqual(['жүргенбаева']);
  });

  it('runs the query’s own forms first and synonyms only as extra alternatives', () => {
    const vocabulary = new Vocabulary('ru', ['телефон', 'доверия', 'линии']);
    const alternatives = expandQuery('линия помощи', vocabulary);
    expect(alternatives[0]).toEqual({ text: 'линия помощи', weight: 1 });
    expect(alternatives).toContainEqual({ text: 'телефон доверия', weight: SYNONYM_WEIGHT });
  });

  it('counts a page found through a synonym for less than one found by the words typed', () => {
    expect(SYNONYM_WEIGHT).toBeLessThan(1);
    const vocabulary = new Vocabulary('en', ['helpline', 'hotline']);
    const [own, ...synonyms] = expandQuery('hotline', vocabulary);
    expect(own?.weight).toBe(1);
    expect(synonyms.length).toBeGreaterThan(0);
    expect(synonyms.every(({ weight }) => weight === SYNONYM_WEIGHT)).toBe(true);
  });

  it('lets every word of a long query try its second spelling, not only the last words', () => {
    // Each word has two site spellings (folded alike); breadth-first truncation never varied the first.
    const vocabulary = new Vocabulary('kk', ['қала', 'кала', 'қара', 'кара', 'қаз', 'каз', 'қас', 'кас']);
    const alternatives = texts('кала кара каз кас', vocabulary);
    expect(alternatives.length).toBeLessThanOrEqual(MAX_ALTERNATIVES);
    for (const position of [0, 1, 2, 3]) {
      expect(new Set(alternatives.map((text) => text.split(' ')[position])).size, `word ${position + 1}`).toBe(2);
    }
  });

  it('reads a Latin-typed Kazakh query in Cyrillic', () => {
    const vocabulary = new Vocabulary('kk', ['көмек', 'көмекке', 'алу']);
    expect(texts('komek alu', vocabulary)[0]).toBe('көмек алу');
  });

  it('restores ё in Russian where the site writes it', () => {
    const vocabulary = new Vocabulary('ru', ['ребёнок', 'ребёнка', 'тёмная']);
    expect(texts('ребенка', vocabulary)).toContain('ребёнка');
    expect(texts('темная тема', vocabulary)[0]).toBe('тёмная тема');
  });

  it('adds the British spelling the site uses for an American one', () => {
    const vocabulary = new Vocabulary('en', ['labour', 'organisation']);
    expect(texts('forced labor', vocabulary)[0]).toBe('forced labour');
  });

  it('searches a language with no rules as typed', () => {
    expect(texts('Bolalar savdosi', new Vocabulary('tg', []))).toEqual(['bolalar savdosi']);
  });

  it('finds Uzbek oʻ and gʻ in the site’s spelling whatever sign the reader typed, or none', () => {
    const vocabulary = new Vocabulary('uz', ['qoʻngʻiroq', 'qoʻngʻiroqlar', 'qilish']);
    for (const typed of ["qo'ng'iroq", 'qo`ng`iroq', 'qo‘ng‘iroq', 'qoʻngʻiroq', 'qongiroq', 'қўнғироқ']) {
      expect(texts(`${typed} qilish`, vocabulary)[0], typed).toBe('qoʻngʻiroq qilish');
    }
  });

  it('reaches an inflected Uzbek word’s stem through the vocabulary guard, in either script', () => {
    const vocabulary = new Vocabulary('uz', ['raqam', 'raqamlari', 'raqamlar', 'yordam']);
    expect(texts('yordam raqamlarini', vocabulary)[0]).toBe('yordam raqam');
    expect(texts('ёрдам рақамларини', vocabulary)[0]).toBe('yordam raqam');
  });

  it('caps the number of alternatives and ignores punctuation', () => {
    const vocabulary = new Vocabulary('kk', ['қаз', 'қас', 'қат']);
    expect(texts('каз кас кат каз кас', vocabulary).length).toBeLessThanOrEqual(MAX_ALTERNATIVES);
    expect(texts('  ?!  ', vocabulary)).toEqual([]);
  });
});

describe('readOtherScript (Uzbek typed in Cyrillic)', () => {
  const site = new Vocabulary('uz', ['yordam', 'raqamlari', 'ishonch', 'telefoni', 'вербовка', 'интернете']);

  it('reads Uzbek Cyrillic in the site’s Latin', () => {
    expect(readOtherScript(['ёрдам', 'рақамлари'], site)).toEqual(['yordam', 'raqamlari']);
    expect(readOtherScript(['ишонч', 'телефони'], site)).toEqual(['ishonch', 'telefoni']);
  });

  it('keeps Russian typed on an Uzbek page that the site shows in Russian', () => {
    expect(readOtherScript(['вербовка', 'в', 'интернете'], site)).toEqual(['вербовка', 'в', 'интернете']);
  });

  it('reads a word with a letter only Uzbek has in Latin, whatever the site holds', () => {
    expect(readOtherScript(['ўсмир'], site)).toEqual(['oʻsmir']);
  });

  it('leaves Latin words and languages without another script alone', () => {
    expect(readOtherScript(['yordam'], site)).toEqual(['yordam']);
    expect(readOtherScript(['помощь'], new Vocabulary('ru', ['помощь']))).toEqual(['помощь']);
  });
});
