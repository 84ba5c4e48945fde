import { describe, expect, it } from 'vitest';
import { foldWord } from '../../../src/search/query/foldWord';
import { kk } from '../../../src/search/query/languages/kk';
import { ru } from '../../../src/search/query/languages/ru';
import { stemWord } from '../../../src/search/query/stemWord';
import { Vocabulary } from '../../../src/search/query/vocabulary';

/** A vocabulary like the site's: the forms a page would hold. */
const kkWords = new Vocabulary('kk', [
  'бала',
  'балалар',
  'балаларға',
  'балаға',
  'балалардың',
  'мамандар',
  'мамандарға',
  'маманмен',
  'мамасы',
  'алматы',
  'алматыда',
  'алмайды',
  'қазақстан',
  'қазақстанда',
  'қазақстанның',
  'сот',
  'сотқа',
  'соттың',
  'ана',
  'анасы',
  'ананың',
  'аналитика',
  'қызы',
  'қызға',
  'қыздар',
  'қызмет',
  'сауда',
  'саудасы',
  'саудасына',
  'сау',
  'құпиялылық',
  'құпиялылығы',
  'телефон',
  'телефоны',
  'телефонын',
  'телефонға',
  'жүргенбаева',
  'жүргенбаеваның',
  'мигранттар',
  'мигранттардың',
  'мигрант',
  'сенім',
  'сені',
  'сен',
]);
const stemKk = (word: string) => stemWord(foldWord('kk', word), kk, kkWords);

describe('stemWord (Kazakh, guarded by the vocabulary)', () => {
  it('reduces inflected words to their exact stems', () => {
    expect(stemKk('балалардың')).toBe('бала');
    expect(stemKk('мигранттарының')).toBe('мигрант');
    expect(stemKk('Жүргенбаеваның')).toBe(foldWord('kk', 'жүргенбаева'));
    expect(stemKk('саудасына')).toBe('сауда');
    expect(stemKk('телефоны')).toBe('телефон');
    expect(stemKk('құпиялылығы')).toBe(foldWord('kk', 'құпиялылы'));
  });

  it('does not cut маманда or мамандар to «мама»', () => {
    expect(stemKk('маманда')).toBe('маман');
    expect(stemKk('мамандар')).toBe('маман');
  });

  it('does not cut Алматыда to «алма» or Қазақстан to «казакс»', () => {
    expect(stemKk('Алматыда')).toBe('алматы');
    expect(stemKk('Қазақстан')).toBe('казакстан');
    expect(stemKk('Қазақстанның')).toBe('казакстан');
  });

  it('reaches a three-letter root only when the vocabulary confirms it', () => {
    expect(stemKk('сотқа')).toBe('сот');
    expect(stemKk('анасының')).toBe('ана');
    expect(stemKk('қыздарға')).toBe('кыз');
    // сау is a word, but only сауда- forms would confirm it as the root of сауда.
    expect(stemKk('саудада')).toBe('сауда');
    const withoutRoot = new Vocabulary('kk', ['қыздар', 'қыздарға', 'қызмет']);
    expect(stemWord(foldWord('kk', 'қыздарға'), kk, withoutRoot)).toBe('кыздар');
  });

  it('never takes a question or stop word for a root (сен is "you", not the root of сенім)', () => {
    expect(stemKk('сенімге')).not.toBe('сен');
  });

  it('leaves a word without an ending alone', () => {
    expect(stemKk('Хоккайдо')).toBe('хоккайдо');
  });
});

describe('stemWord (Russian surnames and names)', () => {
  const ruWords = new Vocabulary('ru', [
    'кошелекова',
    'хамзаева',
    'хамзаевой',
    'назира',
    'светлана',
    'помощь',
    'помощи',
  ]);
  const stemRu = (word: string) => stemWord(foldWord('ru', word), ru, ruWords);

  it('reduces feminine surnames in any case to a prefix of the form on the page', () => {
    expect(stemRu('Кошелековой')).toBe('кошелеков');
    expect(stemRu('Хамзаеву')).toBe('хамзаев');
    expect(stemRu('Назире')).toBe('назир');
    expect(stemRu('Светлане')).toBe('светлан');
  });

  it('does not strip when that reaches nothing more', () => {
    expect(stemRu('помощь')).toBe('помощ');
    expect(stemRu('инкогнито')).toBe('инкогнито');
  });
});
