import { describe, expect, it } from 'vitest';
import { splitList, useTranslations } from '../../../src/i18n/translate';

describe('useTranslations', () => {
  it('returns the string of the requested language', () => {
    expect(useTranslations('kk')('nav.help')).toBe('Көмек алу');
    expect(useTranslations('ru')('nav.help')).toBe('Получить помощь');
    expect(useTranslations('en')('nav.help')).toBe('Get help');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = useTranslations('en');
    expect(t('article.readingTime', { minutes: 4 })).toBe('4 min read');
    expect(t('article.readingTime')).toBe('{minutes} min read');
  });
});

describe('splitList', () => {
  it('splits a semicolon list and trims items', () => {
    expect(splitList('age; gender ;disability')).toEqual(['age', 'gender', 'disability']);
  });
});
