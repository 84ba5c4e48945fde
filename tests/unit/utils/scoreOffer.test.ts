import { describe, expect, it } from 'vitest';
import type { OfferResult, OfferSignLevel } from '../../../src/constants';
import { scoreOffer, type OfferAnswer } from '../../../src/utils/scoreOffer';

/*
 * A check shaped like the real one: mild signs (high pay, no contract, hurry…) and serious ones
 * (a kept passport, a secret, a debt, a lie about age), interleaved so that position cannot matter.
 */
const LEVELS: readonly OfferSignLevel[] = ['caution', 'serious', 'caution', 'serious', 'caution', 'serious', 'serious'];
const PASSPORT = 1;
const SECRET = 3;
const DEBT = 5;
const AGE_LIE = 6;
const MILD = [0, 2, 4];

/** Answers by question index; a question not listed is unanswered. */
type Given = Record<number, 'yes' | 'no'>;

/** The check with every question unanswered except the ones given. */
function answers(given: Given = {}): OfferAnswer[] {
  return LEVELS.map((severity, index) => [severity, given[index]]);
}
/** Every question "no"; then some of them "yes". */
const allNo = (): Given => Object.fromEntries(LEVELS.map((_, index) => [index, 'no' as const]));
const onlyYes = (...indices: number[]): Given => ({
  ...allNo(),
  ...Object.fromEntries(indices.map((index) => [index, 'yes' as const])),
});

describe('scoreOffer', () => {
  it.each<{ case: string; given: Given; expected: OfferResult | undefined }>([
    { case: 'no answers', given: {}, expected: undefined },
    { case: 'one "no" and nothing else', given: { 0: 'no' }, expected: 'noSign' },
    { case: 'all "no"', given: allNo(), expected: 'noSign' },
    { case: 'only a kept passport', given: onlyYes(PASSPORT), expected: 'serious' },
    { case: 'only a secret trip', given: onlyYes(SECRET), expected: 'serious' },
    { case: 'only a debt', given: onlyYes(DEBT), expected: 'serious' },
    { case: 'only a lie about age', given: onlyYes(AGE_LIE), expected: 'serious' },
    {
      case: 'a kept passport, every other question unanswered',
      given: { [PASSPORT]: 'yes' },
      expected: 'serious',
    },
    { case: 'one mild sign', given: onlyYes(MILD[0]!), expected: 'caution' },
    { case: 'every mild sign (a count would call this the worst)', given: onlyYes(...MILD), expected: 'caution' },
    { case: 'one mild sign, the rest unanswered', given: { [MILD[1]!]: 'yes' }, expected: 'caution' },
    { case: 'mild signs and one serious sign', given: onlyYes(...MILD, SECRET), expected: 'serious' },
    { case: 'a serious sign first, then mild ones', given: onlyYes(PASSPORT, ...MILD), expected: 'serious' },
    { case: 'every question "yes"', given: onlyYes(...LEVELS.keys()), expected: 'serious' },
  ])('$case → $expected', ({ given, expected }) => {
    expect(scoreOffer(answers(given))).toBe(expected);
  });

  it('weighs one serious sign above any number of mild ones', () => {
    const manyMild: OfferAnswer[] = Array.from({ length: 50 }, () => ['caution', 'yes']);
    expect(scoreOffer(manyMild)).toBe('caution');
    expect(scoreOffer([...manyMild, ['serious', 'yes']])).toBe('serious');
  });
});
