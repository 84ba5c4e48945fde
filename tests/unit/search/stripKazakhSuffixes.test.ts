import { describe, expect, it } from 'vitest';
import { foldWord } from '../../../src/search/query/foldWord';
import { MIN_STEM_LENGTH, stripKazakhSuffixes } from '../../../src/search/query/stripKazakhSuffixes';

const stem = (word: string) => stripKazakhSuffixes(foldWord('kk', word));

describe('stripKazakhSuffixes', () => {
  it('reduces inflected words to a prefix of their base form', () => {
    for (const [inflected, base] of [
      ['балалардың', 'балалар'],
      ['саудасына', 'сауда'],
      ['мигранттарының', 'мигранттары'],
      ['Жүргенбаеваның', 'Жүргенбаева'],
      ['белгілерін', 'белгілер'],
      ['Шымкенттегі', 'Шымкент'],
      ['құпиялылығы', 'құпиялылық'],
    ]) {
      expect(foldWord('kk', base ?? ''), `${inflected} → ${base}`).toMatch(new RegExp(`^${stem(inflected ?? '')}`));
    }
  });

  it('never leaves a stem shorter than the minimum', () => {
    expect(stem('сауда').length).toBeGreaterThanOrEqual(MIN_STEM_LENGTH);
    expect(stem('ана')).toBe('ана');
  });

  it('leaves a word without a suffix alone', () => {
    expect(stem('Хоккайдо')).toBe('хоккайдо');
  });
});
