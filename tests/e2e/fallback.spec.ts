import { expect, test } from '@playwright/test';
import { FIXTURE_ORIGIN } from '../support/ports';

/*
 * Runs against the fixture site built from tests/fixtures/small-site, where the story exists
 * in kk and ru only, the explainer in ru only and the About page in en only.
 */
const FIXTURE = FIXTURE_ORIGIN;

test('an English reader of a story missing in English gets Russian, marked and announced', async ({ page }) => {
  await page.goto(`${FIXTURE}/en/stories/shared-story/`);
  await expect(page.locator('[data-fallback-notice]')).toContainText('not yet available in English');
  await expect(page.locator('[data-fallback-notice]')).toContainText('Русский');
  await expect(page.locator('h1')).toHaveText('История на казахском и русском');
  await expect(page.locator('article div[lang="ru"] h1')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a Kazakh reader of a page that exists only in English gets English (kk → ru → en)', async ({ page }) => {
  await page.goto(`${FIXTURE}/kk/about/`);
  await expect(page.locator('[data-fallback-notice]')).toContainText('Қазақша');
  await expect(page.locator('article div[lang="en"] h1')).toHaveText('About (English only)');
});

test('a reader in a language that has the entry sees no notice', async ({ page }) => {
  await page.goto(`${FIXTURE}/kk/stories/shared-story/`);
  await expect(page.locator('[data-fallback-notice]')).toHaveCount(0);
  await expect(page.locator('article div[lang="kk"] h1')).toHaveText('Қазақ және орыс тілдеріндегі әңгіме');
});

test('the language switcher of a fallback page still leads to the same page', async ({ page }) => {
  await page.goto(`${FIXTURE}/en/risk-factors/only-in-russian/`);
  await expect(page.locator('[data-fallback-notice]')).toBeVisible();
  await page.locator('a[hreflang="kk"]').first().click();
  await expect(page).toHaveURL(`${FIXTURE}/kk/risk-factors/only-in-russian/`);
});

test('inside fallback text everything speaks the shown language, and links lead to the reader’s', async ({ page }) => {
  await page.goto(`${FIXTURE}/en/risk-factors/only-in-russian/`);
  const text = page.locator('article div[lang="ru"]');
  // The help line's name and the diagram come in Russian, like the text around them…
  await expect(text.locator('a[href="tel:112"]')).toContainText('Экстренная помощь');
  await expect(text.locator('[data-risk-diagram] figcaption')).toContainText('Три группы факторов риска');
  // …while the Markdown link, written in the Russian entry, leads to the English stories page.
  await expect(text.getByRole('link', { name: 'истории' })).toHaveAttribute('href', '/en/stories/');
});
