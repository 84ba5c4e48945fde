import { describe, expect, it } from 'vitest';
import { foldWord } from '~/search/query/foldWord';
import { LANGUAGE_RULES } from '~/search/query/languageRules';

/* The rule tables are hand-kept: a Latin letter inside a Cyrillic word, or a word listed twice, is a typo. */
describe.each(Object.entries(LANGUAGE_RULES))('the %s rule tables', (lang, rules) => {
  const words = [...(rules.stopWords ?? []), ...(rules.teachingWords ?? []), ...(rules.synonyms ?? []).flat()];

  it('write each word in one script', () => {
    const mixed = words.filter((word) => /\p{Script=Latin}/u.test(word) && /\p{Script=Cyrillic}/u.test(word));
    expect(mixed).toEqual([]);
  });

  it('list each stop word once', () => {
    const folded = (rules.stopWords ?? []).map((word) => foldWord(lang, word));
    expect(folded.filter((word, index) => folded.indexOf(word) !== index)).toEqual([]);
  });
});
