import { describe, expect, it } from 'vitest';
import { listAvoidedTerms, readTermsFiles, textsInLanguage } from '../support/terminology';

/*
 * The site's terms (content/terms/<lang>.yaml): no content or UI string of a language may use a
 * form its terms file says to avoid. Languages come from the terms files themselves.
 */
const termsByLanguage = readTermsFiles();

describe('content/terms', () => {
  it('has a terms file for kk, ru and en at least', () => {
    expect([...termsByLanguage.keys()]).toEqual(expect.arrayContaining(['kk', 'ru', 'en']));
  });

  describe.each([...termsByLanguage])('%s', (lang, terms) => {
    it('finds texts to check', () => {
      expect(textsInLanguage(lang).length).toBeGreaterThan(0);
    });

    it('uses no avoided form in content, hotlines, glossary or UI strings', () => {
      const hits = listAvoidedTerms(lang, terms);
      expect(hits, `\n${hits.join('\n')}\n`).toEqual([]);
    });
  });
});
