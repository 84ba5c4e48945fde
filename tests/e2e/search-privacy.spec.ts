import { expect, test, type Page } from '@playwright/test';
import { NOTHING_STORED, storageInUse } from '../support/storage';

/*
 * The words a reader searches for stay in the browser: not in any address the server sees (its
 * access log) or the history keeps, also when Enter comes before the search script has loaded.
 */
const WORDS = 'паспорт';

/** Every address the page requests from now on. */
function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(decodeURIComponent(request.url())));
  return urls;
}

test('Enter before the search script has loaded sends no words, and searches once it has', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // On a slow phone the search app arrives late: hold it until the reader has pressed Enter.
  await page.route('**/pagefind/search-app-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/kk/search/');
  const urls = watchRequests(page);
  const field = page.locator('[data-search-page] input[data-search-query]');
  await field.fill(WORDS);
  await field.press('Enter');
  await expect(page).toHaveURL('/kk/search/');
  release();
  await expect(page.locator('[data-search-page] [data-search-results] li').first()).toBeVisible();
  await expect(page).toHaveURL('/kk/search/');
  expect(urls.filter((url) => url.includes(WORDS) || /[?&]q=/.test(url))).toEqual([]);
});

test('without JavaScript no search form can send words (the page lists every page instead)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ru/search/');
  await expect(page.locator('[data-search-page] input[data-search-query]')).toBeHidden();
  // Even a form sent some other way carries no words: its controls have no name.
  expect(await page.locator('[data-search-ui] [name]').count()).toBe(0);
  await context.close();
});

test('a search in the dialog and the offer check leave nothing in any browser storage', async ({ page, context }) => {
  const urls = watchRequests(page);
  await page.goto('/en/young-people/check-an-offer/');
  for (const radio of await page.locator('[data-offer-check] input[type="radio"][value="yes"]').all())
    await radio.check();
  await page.locator('[data-search-open]').click();
  const field = page.locator('dialog[open] input[type="search"]');
  await field.fill('passport');
  await expect(page.locator('dialog[open] [data-search-results] li').first()).toBeVisible();
  expect(urls.filter((url) => url.includes('passport') || /[?&]q=/.test(url))).toEqual([]);
  expect(await storageInUse(page, context)).toEqual(NOTHING_STORED);
});
