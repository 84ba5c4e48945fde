import { describe, expect, it } from 'vitest';
import { expandQuery, MAX_ALTERNATIVES, removeStopWords, synonymsOf } from '../../../src/search/query/expandQuery';
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

  it('never returns the query itself, and nothing for a word outside every group', () => {
    expect(synonymsOf(['hotline'], 'en')).not.toContainEqual(['hotline']);
    expect(synonymsOf(['hokkaido'], 'en')).toEqual([]);
    expect(synonymsOf(['hotline'], 'uz')).toEqual([]);
  });
});

describe('expandQuery', () => {
  it('maps a Kazakh word typed on a Russian keyboard back to the site spelling, as a stem', () => {
    const vocabulary = new Vocabulary('kk', ['жүргенбаева', 'жүргенбаеваның', 'қауіп']);
    expect(expandQuery('Жургенбаеванын', vocabulary)).toEqual(['жүргенбаева']);
  });

  it('runs the query’s own forms first and synonyms only as extra alternatives', () => {
    const vocabulary = new Vocabulary('ru', ['телефон', 'доверия', 'линии']);
    const alternatives = expandQuery('линия помощи', vocabulary);
    expect(alternatives[0]).toBe('линия помощи');
    expect(alternatives).toContain('телефон доверия');
  });

  it('reads a Latin-typed Kazakh query in Cyrillic', () => {
    const vocabulary = new Vocabulary('kk', ['көмек', 'көмекке', 'алу']);
    expect(expandQuery('komek alu', vocabulary)[0]).toBe('көмек алу');
  });

  it('restores ё in Russian where the site writes it', () => {
    const vocabulary = new Vocabulary('ru', ['ребёнок', 'ребёнка', 'тёмная']);
    expect(expandQuery('ребенка', vocabulary)).toContain('ребёнка');
    expect(expandQuery('темная тема', vocabulary)[0]).toBe('тёмная тема');
  });

  it('adds the British spelling the site uses for an American one', () => {
    const vocabulary = new Vocabulary('en', ['labour', 'organisation']);
    expect(expandQuery('forced labor', vocabulary)[0]).toBe('forced labour');
  });

  it('searches a language with no rules as typed', () => {
    expect(expandQuery('Bolalar savdosi', new Vocabulary('uz', []))).toEqual(['bolalar savdosi']);
  });

  it('caps the number of alternatives and ignores punctuation', () => {
    const vocabulary = new Vocabulary('kk', ['қаз', 'қас', 'қат']);
    expect(expandQuery('каз кас кат каз кас', vocabulary).length).toBeLessThanOrEqual(MAX_ALTERNATIVES);
    expect(expandQuery('  ?!  ', vocabulary)).toEqual([]);
  });
});
