import { describe, expect, it } from 'vitest';
import { findPluralProblems, formatMessage } from '../../../src/i18n/formatMessage';
import { useTranslations } from '../../../src/i18n/translate';

const RU_MINUTES = '{minutes, plural, one {# минута} few {# минуты} many {# минут} other {# минуты}}';

describe('formatMessage', () => {
  it.each([
    [1, '1 минута'],
    [21, '21 минута'],
    [22, '22 минуты'],
    [5, '5 минут'],
    [11, '11 минут'],
    [45, '45 минут'],
  ])('Russian: %i → %s', (minutes, expected) => {
    expect(formatMessage(RU_MINUTES, { minutes }, 'ru')).toBe(expected);
  });

  it('fills plain placeholders around a plural, and prefers an exact =N form', () => {
    expect(formatMessage('{who}: {n, plural, =0 {none} one {# item} other {# items}}', { who: 'A', n: 0 }, 'en')).toBe(
      'A: none',
    );
    expect(formatMessage('{n, plural, one {# item} other {# items}}', { n: 1 }, 'en')).toBe('1 item');
  });

  it('leaves a plural whose value is missing as written, so the gap shows', () => {
    expect(formatMessage('{n, plural, one {# item} other {# items}}', {}, 'en')).toBe(
      '{n, plural, one {# item} other {# items}}',
    );
  });
});

describe('findPluralProblems', () => {
  it('names the forms a language needs and the message lacks', () => {
    expect(findPluralProblems('{n, plural, one {# минута} other {# минуты}}', 'ru')).toEqual([
      '{n} lacks the "few" form',
      '{n} lacks the "many" form',
    ]);
  });

  it('names a form the language never uses', () => {
    expect(findPluralProblems('{n, plural, one {# item} few {# items} other {# items}}', 'en')).toEqual([
      '{n} has a "few" form, which en never uses',
    ]);
  });

  it('finds nothing wrong in the dictionaries as they are', () => {
    expect(findPluralProblems(RU_MINUTES, 'ru')).toEqual([]);
  });
});

describe('the dictionaries', () => {
  it('give a lesson length in the right form in every language', () => {
    expect(useTranslations('ru')('lesson.duration', { minutes: 21 })).toBe('21 минута');
    expect(useTranslations('ru')('lesson.duration', { minutes: 45 })).toBe('45 минут');
    expect(useTranslations('en')('lesson.duration', { minutes: 1 })).toBe('1 minute');
    expect(useTranslations('en')('lesson.duration', { minutes: 30 })).toBe('30 minutes');
    expect(useTranslations('kk')('lesson.duration', { minutes: 45 })).toBe('45 минут');
  });
});
