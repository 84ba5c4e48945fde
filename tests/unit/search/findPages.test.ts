import { describe, expect, it } from 'vitest';
import { findPages } from '~/search/query/findPages';
import type { PageSummary } from '~/search/query/rankResults';
import { Vocabulary } from '~/search/query/vocabulary';

/**
 * A stand-in for Pagefind over a few pages of words: like Pagefind, a page matches when it holds
 * every word of the query as a prefix of one of its words; its score is the number of matches.
 */
function fakeSearch(pages: Record<string, string>) {
  const searched: string[] = [];
  const search = async (text: string) => {
    searched.push(text);
    const terms = text.split(' ');
    const results = Object.entries(pages).flatMap(([id, body]) => {
      const words = body.split(' ');
      const counts = terms.map((term) => words.filter((word) => word.startsWith(term)).length);
      return counts.every((count) => count > 0) ? [{ id, score: counts.reduce((a, b) => a + b, 0) }] : [];
    });
    return { results };
  };
  return { search, searched };
}

const summaries = (ids: string[]): Record<string, PageSummary> =>
  Object.fromEntries(ids.map((id) => [id, [id, 'explainer', 0] as PageSummary]));

describe('findPages', () => {
  it('finds a page holding most of the words when another holds them all', async () => {
    const pages = {
      weak: 'offer abroad job',
      strong: 'offer offer offer offer offer job job job job',
    };
    const vocabulary = new Vocabulary('en', Object.values(pages).join(' ').split(' '));
    const { search } = fakeSearch(pages);
    const found = await findPages(search, 'offer job abroad', vocabulary, summaries(Object.keys(pages)));
    expect(found.map(({ id }) => id)).toEqual(['strong', 'weak']);
  });

  it('ranks a page found by the words typed above one found only through a synonym', async () => {
    const pages = { own: 'hotline', synonym: 'helpline' };
    const vocabulary = new Vocabulary('en', ['hotline', 'helpline']);
    const { search } = fakeSearch(pages);
    const found = await findPages(search, 'hotline', vocabulary, summaries(Object.keys(pages)));
    expect(found.map(({ id }) => id)).toEqual(['own', 'synonym']);
  });

  it('searches Uzbek typed in Cyrillic in the site’s Latin spelling', async () => {
    const pages = { help: 'yordam raqamlari qoʻngʻiroq' };
    const vocabulary = new Vocabulary('uz', pages.help.split(' '));
    const { search, searched } = fakeSearch(pages);
    const found = await findPages(search, 'қўнғироқ', vocabulary, summaries(['help']));
    expect(searched).toContain('qoʻngʻiroq');
    expect(found.map(({ id }) => id)).toEqual(['help']);
  });
});
