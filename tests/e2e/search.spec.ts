import { expect, test } from '@playwright/test';
import { runQuery } from '../../tools/runSearchQuery';
import { SEARCH_CASES, TARGETS } from '../../tools/searchQueries';
import { searchResults } from '../support/searchResults';
import { axeViolations } from '../support/axe';

// One page per language, reused for every query of its set: Pagefind loads once, as for a reader.
// The set's targets are recall figures (tools/searchQueries.ts TARGETS), not every single query.
for (const lang of [...new Set(SEARCH_CASES.map((item) => item.lang))]) {
  test(`${lang}: the query set finds its pages in the top three (recall target), and a name query its person's story first`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/search/`);
    await page.locator('[data-search-page] input[data-search-query]').focus();
    await page.locator('[data-search-page] [data-search-ready]').waitFor({ state: 'attached' });
    const cases = SEARCH_CASES.filter((item) => item.lang === lang);
    const misses: string[] = [];
    for (const { query, expected, kind, why, person } of cases) {
      const results = (await runQuery(page, query)).paths;
      if (!results.slice(0, 3).includes(expected))
        misses.push(`«${query}» (${kind}: ${why}): ${results.slice(0, 3).join(', ')}`);
      if (person) expect.soft(results[0], `«${query}» names a person: her story first`).toBe(expected);
    }
    const recall = 1 - misses.length / cases.length;
    expect(recall, `recall@3 ${recall.toFixed(2)}; not in the top three:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(
      TARGETS.recallAt3PerLanguage,
    );
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
    // The first search loads Pagefind: on a busy 2-core machine that can take longer than 5 s.
    await expect(dialog.getByRole('status')).toHaveText('Найден 1 результат', { timeout: 30_000 });
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
  expect(await axeViolations(page)).toEqual([]);
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

test('when the index cannot load, the search page says so and still lists every page', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.abort());
  await page.goto('/en/search/?q=Hokkaido');
  await expect(page.locator('[data-search-page] [data-search-status]')).toHaveText(
    'Search could not load. Please use the list of pages below.',
  );
  await expect(page.locator('[data-all-pages] a[href$="/en/stories/svetlana-koshelekova/"]')).toBeVisible();
});

test('when the search app cannot load, the header link leads to the search page and its list', async ({ page }) => {
  await page.route('**/pagefind/search-app-*.js', (route) => route.abort());
  await page.goto('/kk/help/');
  await page.locator('[data-search-open]').click();
  await expect(page).toHaveURL(/\/kk\/search\/$/);
  await expect(page.locator('[data-all-pages] a').first()).toBeVisible();
});

test('the dialog loads its markup alone, not the search page', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/ru/');
  await page.locator('[data-search-open]').click();
  await expect(page.getByRole('dialog', { name: 'Поиск по сайту' })).toBeVisible();
  expect(requested).toContain('/ru/search/dialog.json');
  expect(requested).not.toContain('/ru/search/');
});

test('results come in batches: "more results" adds the next batch and moves focus to it', async ({ page }) => {
  await page.goto('/kk/search/?q=бала');
  const items = page.locator('[data-search-page] [data-search-results] li');
  const more = page.locator('[data-search-page] [data-search-more]');
  await expect(more).toBeVisible({ timeout: 30_000 });
  const first = await items.count();
  expect(first).toBe(5);
  await more.click();
  await expect.poll(() => items.count()).toBeGreaterThan(first);
  await expect(items.nth(first).locator('a')).toBeFocused();
});
