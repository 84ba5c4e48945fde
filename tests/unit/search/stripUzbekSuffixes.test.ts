import { describe, expect, it } from 'vitest';
import { expandQuery } from '../../../src/search/query/expandQuery';
import { foldWord } from '../../../src/search/query/foldWord';
import { stripUzbekSuffixes } from '../../../src/search/query/stripUzbekSuffixes';

describe('stripUzbekSuffixes', () => {
  it.each([
    ['bolalarga', 'bola'],
    ['belgilari', 'belg'], // over-stripped, still a prefix of belgi and belgilar
    ['yordamga', 'yordam'],
    ['savdosi', 'savdo'],
    ['politsiyaga', 'politsiya'],
    ['qongiroqlar', 'qongiroq'],
  ])('reduces %s to %s', (word, stem) => {
    expect(stripUzbekSuffixes(word)).toBe(stem);
  });

  it('keeps word-forming endings and short stems', () => {
    expect(stripUzbekSuffixes('xavfsiz')).toBe('xavfsiz');
    expect(stripUzbekSuffixes('maxfiylik')).toBe('maxfiylik');
    expect(stripUzbekSuffixes('ishi')).toBe('ishi');
  });
});

describe('Uzbek queries', () => {
  const vocabulary = { lang: 'uz' as const, words: ['qoʻngʻiroq', 'qoʻngʻiroqlar', 'maʼlumot', 'koʻrish'] };

  it('folds away ʻ and ʼ and every sign typed for them', () => {
    expect(foldWord('uz', "Qo'ng`iro‘q")).toBe('qongiroq');
    expect(foldWord('uz', 'maʼlumot')).toBe('malumot');
  });

  it.each([
    ["qo'ng'iroq", 'qoʻngʻiroq'],
    ['qongiroqlarga', 'qoʻngʻiroq'],
    ['Maʼlumotlar', 'maʼlumot'],
    ["xavfsiz ko'rish", 'xavfsiz koʻrish'],
  ])('maps «%s» to the site spelling %s', (query, expected) => {
    expect(expandQuery(query, vocabulary)).toContain(expected);
  });

  it('reduces an inflected word without apostrophes to its stem', () => {
    expect(expandQuery('yordamga', vocabulary)).toEqual(['yordam']);
  });
});
