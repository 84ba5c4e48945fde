import { describe, expect, it } from 'vitest';
import { termFactor, titleFactor } from '~/search/query/rankByTitle';

describe('termFactor', () => {
  const terms = ['grooming', 'non-governmental organisation (NGO)', 'forced labour'];

  it('ranks a page that defines the term a reader typed in full as if the term were its title', () => {
    expect(termFactor(terms, ['groom'], ['grooming'], 'en')).toBe(
      titleFactor('grooming', ['groom'], ['grooming'], 'en'),
    );
    expect(termFactor(terms, ['forc', 'labour'], ['forced', 'labour'], 'en')).toBeGreaterThan(1);
  });

  it('leaves the page alone when the query shares only a word with a term', () => {
    expect(termFactor(terms, ['organis'], ['organisation'], 'en')).toBe(1);
    expect(termFactor(terms, ['forc'], ['forced'], 'en')).toBe(1);
  });

  it('is neutral for a page without terms', () => {
    expect(termFactor([], ['groom'], ['grooming'], 'en')).toBe(1);
  });
});
