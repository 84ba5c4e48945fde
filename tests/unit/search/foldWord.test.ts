import { describe, expect, it } from 'vitest';
import { foldWord } from '../../../src/search/query/foldWord';

describe('foldWord', () => {
  it('folds Kazakh letters to what a Russian keyboard types', () => {
    expect(foldWord('kk', 'Жүргенбаеваның')).toBe('жургенбаеванын');
    expect(foldWord('kk', 'әғқңөұүһі')).toBe('агкноуухи');
    expect(foldWord('kk', 'iшкi')).toBe('ишки');
  });

  it('keeps the length of a Kazakh word, so slices line up', () => {
    const word = 'құпиялылығы';
    expect(foldWord('kk', word)).toHaveLength(word.length);
  });

  it('treats ё and е alike in Russian', () => {
    expect(foldWord('ru', 'Ребёнок')).toBe(foldWord('ru', 'ребенок'));
  });

  it('folds British and American spellings together in English', () => {
    for (const [british, american] of [
      ['labour', 'labor'],
      ['organisation', 'organization'],
      ['recognise', 'recognize'],
      ['centre', 'center'],
      ['behaviours', 'behaviors'],
      ['defence', 'defense'],
      ['programme', 'program'],
      ['travelling', 'traveling'],
    ]) {
      expect(foldWord('en', british ?? ''), british).toBe(foldWord('en', american ?? ''));
    }
  });
});
