import { expect, test } from '@playwright/test';
import { searchResults } from '../support/searchResults';

/* Typical queries for the pages for young people, the offer check, "after you call" and lesson 4. */
const CASES = [
  { lang: 'kk', query: 'өзіңе немесе досыңа', expected: '/kk/young-people/' },
  { lang: 'kk', query: 'ұсынысты тексер', expected: '/kk/young-people/check-an-offer/' },
  { lang: 'kk', query: 'қоңырау шалғаннан кейін', expected: '/kk/after-you-call/' },
  { lang: 'kk', query: 'тым жақсы ұсыныс', expected: '/kk/teachers/offers-too-good-to-be-true/' },
  { lang: 'ru', query: 'подросткам', expected: '/ru/young-people/' },
  { lang: 'ru', query: 'тревожно за друга', expected: '/ru/young-people/' },
  { lang: 'ru', query: 'проверить предложение', expected: '/ru/young-people/check-an-offer/' },
  { lang: 'ru', query: 'после звонка', expected: '/ru/after-you-call/' },
  { lang: 'ru', query: 'слишком хорошо', expected: '/ru/teachers/offers-too-good-to-be-true/' },
  { lang: 'en', query: 'worried about a friend', expected: '/en/young-people/' },
  { lang: 'en', query: 'check an offer', expected: '/en/young-people/check-an-offer/' },
  { lang: 'en', query: 'job offer', expected: '/en/young-people/check-an-offer/' },
  { lang: 'en', query: 'after you call', expected: '/en/after-you-call/' },
  { lang: 'en', query: 'offers too good to be true', expected: '/en/teachers/offers-too-good-to-be-true/' },
] as const;

for (const { lang, query, expected } of CASES) {
  test(`search (${lang}) “${query}” finds ${expected} in the top three`, async ({ page }) => {
    const results = await searchResults(page, lang, query);
    expect(results.slice(0, 3), `results: ${results.join(', ')}`).toContain(expected);
  });
}
