import { expect, test } from '@playwright/test';
import { SEARCH_CASES } from '../../tools/searchQueries';
import { searchResults } from '../support/searchResults';

/*
 * Ranking by audience (issue #25): a young person's or a parent's own words put the page written
 * for them above the teachers' lesson on the same topic; a query about teaching puts the lesson
 * first. The queries are the query set's (tools/searchQueries.ts), kinds `reader` and `teaching`.
 */
const isLesson = (path: string) => /\/teachers\/[^/]+\/$/.test(path);

for (const { lang, query, expected, why } of SEARCH_CASES.filter((item) => item.kind === 'reader')) {
  test(`${lang}: «${query}» (${why}) ranks no lesson above ${expected}`, async ({ page }) => {
    const results = await searchResults(page, lang, query);
    const at = results.indexOf(expected);
    const lessonAbove = results.slice(0, at < 0 ? 3 : at).filter(isLesson);
    expect(lessonAbove, `results: ${results.slice(0, 5).join(', ')}`).toEqual([]);
  });
}

for (const { lang, query, expected } of SEARCH_CASES.filter((item) => item.kind === 'teaching')) {
  test(`${lang}: «${query}» is about teaching and finds the lesson ${expected} in the top three`, async ({ page }) => {
    const results = await searchResults(page, lang, query);
    expect(results.slice(0, 3), `results: ${results.join(', ')}`).toContain(expected);
  });
}
