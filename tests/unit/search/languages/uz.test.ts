import { describe, expect, it } from 'vitest';
import { foldWord } from '~/search/query/foldWord';
import { uz, readUzbekCyrillic } from '~/search/query/languages/uz';
import { stemWord } from '~/search/query/stemWord';
import { Vocabulary } from '~/search/query/vocabulary';

describe('readUzbekCyrillic (the official 1995 mapping)', () => {
  it('reads every letter of the Uzbek Cyrillic alphabet', () => {
    expect(readUzbekCyrillic('абвгдёжзийклмнопрстуфхчшэюя')).toBe('abvgdyojziyklmnoprstufxchsheyuya');
  });

  it('reads the letters only Uzbek has, with the modifier letter ʻ', () => {
    expect(readUzbekCyrillic('ўқғҳ')).toBe('oʻqgʻh');
    expect(readUzbekCyrillic('қўнғироқ')).toBe('qoʻngʻiroq');
    expect(readUzbekCyrillic('Тошкент')).toBe('toshkent');
  });

  it('reads е as ye at the start of a word and after a vowel, e elsewhere', () => {
    expect(readUzbekCyrillic('ер')).toBe('yer');
    expect(readUzbekCyrillic('поезд')).toBe('poyezd');
    expect(readUzbekCyrillic('келди')).toBe('keldi');
  });

  it('reads ц as s at the start and after a consonant, ts after a vowel', () => {
    expect(readUzbekCyrillic('цирк')).toBe('sirk');
    expect(readUzbekCyrillic('федерация')).toBe('federatsiya');
    expect(readUzbekCyrillic('концерт')).toBe('konsert');
  });

  it('reads ъ as ʼ and drops ь', () => {
    expect(readUzbekCyrillic('маъно')).toBe('maʼno');
    expect(readUzbekCyrillic('съезд')).toBe('syezd');
    expect(readUzbekCyrillic('мотоцикль')).toBe('mototsikl');
  });
});

describe('Uzbek stemming (guarded by the site’s vocabulary, as for Kazakh)', () => {
  const site = new Vocabulary('uz', ['raqam', 'raqamlar', 'raqamlari', 'telefon', 'telefoni', 'xavotir', 'xavotirli']);
  const stem = (word: string) => stemWord(foldWord('uz', word), uz, site);

  it('strips plural, possessive and case endings to a stem the site holds', () => {
    expect(stem('raqamlarini')).toBe('raqam');
    expect(stem('telefoniga')).toBe('telefon');
    expect(stem('xavotirdaman')).toBe('xavotir');
  });

  it('keeps word-forming endings and words the site does not confirm', () => {
    expect(stem('xavotirli')).toBe('xavotirli');
    expect(stem('kitoblar')).toBe('kitoblar');
  });

  it('folds every apostrophe form of oʻ and gʻ alike', () => {
    const forms = ["o'g'il", 'o`g`il', 'o‘g‘il', 'oʻgʻil', 'ogil'].map((word) => foldWord('uz', word));
    expect(new Set(forms).size).toBe(1);
  });
});
