import type { Page } from '@playwright/test';

/**
 * Opens the search page of a language with `?q=` and returns the result paths, best first, once
 * the status line reports the outcome.
 */
export async function searchResults(page: Page, lang: string, query: string): Promise<string[]> {
  await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-search-page] [data-search-status]');
  await status.filter({ hasText: /\d|\p{L}{3,}[.!]?$/u }).waitFor();
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-page] [data-search-status]')?.textContent ?? '';
    return text !== '' && !text.endsWith('…');
  });
  return page
    .locator('[data-search-page] [data-search-results] a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}
