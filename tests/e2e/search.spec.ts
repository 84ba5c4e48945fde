import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SEARCH_CASES } from '../fixtures/searchQueries';
import { searchResults } from '../support/searchResults';
import { AXE_TAGS } from '../support/axeTags';

for (const { lang, query, expected, why } of SEARCH_CASES) {
  test(`${lang}: «${query}» (${why}) finds ${expected} in the top three`, async ({ page }) => {
    const results = await searchResults(page, lang, query);
    expect(results.slice(0, 3)).toContain(expected);
  });
}

test('ё and е find the same Russian pages', async ({ page }) => {
  const withYo = await searchResults(page, 'ru', 'ребёнок');
  const withYe = await searchResults(page, 'ru', 'ребенок');
  expect(withYo.length).toBeGreaterThan(0);
  expect(withYe).toEqual(withYo);
});

test('filtering by type keeps only that type', async ({ page }) => {
  await page.goto('/en/search/?q=Zhurgenbayeva&type=story');
  await page.locator('[data-search-page] [data-search-results] li').first().waitFor();
  const types = await page.locator('[data-search-page] [data-search-results] li span').allTextContents();
  expect(types.length).toBeGreaterThan(0);
  expect(new Set(types)).toEqual(new Set(['Story']));
});

test('a normal page load requests nothing of search', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/kk/stories/', { waitUntil: 'networkidle' });
  expect(requested.filter((url) => /pagefind|search-app|\.wasm/.test(url))).toEqual([]);
});

for (const how of ['button', 'slash', 'control-k'] as const) {
  test(`the search dialog opens by ${how}, announces results and closes with Escape, returning focus`, async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await page.goto('/ru/');
    const opener = page.locator('[data-search-open]');
    if (how === 'button') await opener.click();
    if (how === 'slash') await page.keyboard.press('/');
    if (how === 'control-k') await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Поиск по сайту' });
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole('searchbox', { name: 'Что вы ищете?' });
    await expect(input).toBeFocused();
    await input.fill('Хоккайдо');
    await expect(dialog.getByRole('status')).toHaveText('Найден 1 результат');
    await expect(dialog.locator('[data-search-results] mark').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    if (how === 'button') await expect(opener).toBeFocused();
    // Pagefind's WebAssembly runs under the site's CSP ('wasm-unsafe-eval', nothing inline).
    expect(violations).toEqual([]);
  });
}

test('the open dialog with results has no axe violations', async ({ page }) => {
  await page.goto('/kk/');
  await page.locator('[data-search-open]').click();
  await page.getByRole('searchbox').fill('бала');
  await page.locator('dialog [data-search-results] li').first().waitFor();
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('without JavaScript the search page lists every page of its language', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/search/');
  const listed = await page
    .locator('[data-all-pages] a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  for (const path of [
    '/en/stories/',
    '/en/stories/svetlana-koshelekova/',
    '/en/risk-factors/warning-signs/',
    '/en/help/',
    '/en/teachers/',
    '/en/ngos/',
    '/en/about/',
    '/en/glossary/',
  ]) {
    expect(listed).toContain(path);
  }
  await expect(page.locator('[data-search-ui]')).toBeHidden();
  await context.close();
});
