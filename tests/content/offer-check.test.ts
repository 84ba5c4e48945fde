import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { youthSchema } from '../../src/schemas/youth';
import { readEntries } from '../support/readEntries';

/*
 * The offer check is one check in four languages: a question that is serious in Kazakh must be
 * serious in every translation, or the same answers would give a reader weaker advice in one
 * language than in another.
 */
const checks = LOCALES.map((lang) => {
  const entry = readEntries<unknown>('youth', lang).find(({ slug }) => slug === 'check-an-offer');
  return { lang, check: entry && youthSchema.parse(entry.data).offerCheck };
});
const source = checks.find(({ lang }) => lang === 'kk')!.check!;

describe('content/youth/*/check-an-offer.mdx', () => {
  it.each(checks)('$lang has the same questions with the same severity, in the same order, as kk', ({ check }) => {
    expect(check?.questions.map((item) => item.severity)).toEqual(source.questions.map((item) => item.severity));
  });

  it('marks a kept passport, a secret, a debt, a lie about age and photos already sent as serious', () => {
    // Found by words in the English text, so that reordering the questions cannot hide a change.
    const english = checks.find(({ lang }) => lang === 'en')!.check!.questions;
    for (const words of [/passport or ID card/, /secret/, /pay a fee/, /lie about your age/, /already sent photos/]) {
      const matching = english.filter((item) => words.test(item.question));
      expect(matching, String(words)).toHaveLength(1);
      expect(matching[0]!.severity, String(words)).toBe('serious');
    }
  });
});
