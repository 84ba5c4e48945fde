import { describe, expect, it } from 'vitest';
import { decodeVocabulary, encodeVocabulary, Vocabulary } from '../../../src/search/query/vocabulary';
import { titleFactor } from '../../../src/search/query/rankByTitle';
import { pageFactor } from '../../../src/search/query/rankResults';

describe('vocabulary encoding', () => {
  it('round-trips a word list, sorted and without duplicates', () => {
    const words = ['балалар', 'бала', 'балаға', 'қауіп', 'бала', 'абвгдеёжзийклмн', 'абвгдеёжзийклмо'];
    expect(decodeVocabulary(encodeVocabulary(words))).toEqual([...new Set(words)].sort());
  });

  it('counts the site words a folded stem reaches and gives their spelling', () => {
    const vocabulary = new Vocabulary('kk', ['қауіп', 'қауіпсіз', 'қала']);
    expect(vocabulary.countStartingWith('кауип')).toBe(2);
    expect(vocabulary.countStartingWith('ка')).toBe(3);
    expect(vocabulary.spellingsOf('кауип')).toEqual(['қауіп']);
  });

  it('gives the site’s spelling of a folded Uzbek prefix in full, with the oʻ and gʻ signs folding drops', () => {
    const vocabulary = new Vocabulary('uz', ['qoʻngʻiroq', 'qoʻngʻiroqlar']);
    expect(vocabulary.spellingsOf('qongir')).toEqual(['qoʻngʻir']);
  });
});

describe('ranking by title', () => {
  it('ranks a story above a list page for its person’s name', () => {
    const story = titleFactor(
      'Назира Жүргенбаева: айта алмайтын балалардың дауысы болу',
      ['жургенбаева'],
      ['жүргенбаева'],
      'kk',
    );
    const list =
      titleFactor('Қоғамдық қорғаушылардың әңгімелері', ['жургенбаева'], ['жүргенбаева'], 'kk') *
      pageFactor('story', true);
    expect(story).toBeGreaterThan(list);
    expect(list).toBe(pageFactor('story', true));
  });

  it('gives a title the whole question covers more than one holding its words', () => {
    const typed = ['кто', 'такие', 'общественные', 'защитники'];
    const stems = ['общественн', 'защитник'];
    expect(titleFactor('Кто такие общественные защитники?', stems, typed, 'ru')).toBeGreaterThan(
      titleFactor('Истории общественных защитников', stems, typed, 'ru'),
    );
  });
});
