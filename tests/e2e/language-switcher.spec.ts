import { expect, test } from '@playwright/test';
import { LOCALE_INFO, LOCALES } from '../../src/i18n/locales';
import { languageSwitcher } from '../support/languageSwitcher';
import { PREVIEW_SITE_URL } from '../support/ports';

/*
 * Every page's switcher links are checked in every-page.spec.ts (address and language of each
 * target). Here a reader follows them: from a story in each language, a click on every other
 * language lands on the same story in it, and Back returns.
 */
const STORY_PATH = '/stories/svetlana-koshelekova/';

for (const from of LOCALES) {
  test(`from /${from}${STORY_PATH} a click on each other language leads to the same story in it`, async ({ page }) => {
    await page.goto(`/${from}${STORY_PATH}`);
    const switcher = languageSwitcher(page);
    for (const to of LOCALES.filter((lang) => lang !== from)) {
      await switcher.locator(`a[hreflang="${to}"]`).click();
      await expect(page).toHaveURL(`/${to}${STORY_PATH}`);
      await expect(page.locator('html')).toHaveAttribute('lang', to);
      await page.goBack();
      await expect(page).toHaveURL(`/${from}${STORY_PATH}`);
    }
  });
}

test('the root page offers every language by its own name, with hreflang alternates', async ({ page }) => {
  await page.goto('/');
  for (const name of LOCALES.map((lang) => LOCALE_INFO[lang].endonym)) {
    await expect(page.getByRole('link', { name })).toBeVisible();
  }
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
    'href',
    `${PREVIEW_SITE_URL}/`,
  );
  for (const lang of LOCALES) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
      'href',
      `${PREVIEW_SITE_URL}/${lang}/`,
    );
  }
  await expect(page.locator('a[href="tel:112"]')).toBeVisible();
  await expect(page.locator('a[href="tel:102"]')).toBeVisible();
});

test('the root page works without JavaScript and does not redirect', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/', { waitUntil: 'load' });
  // Without scripts only a meta refresh could move the reader on; there is none.
  await expect(page.locator('meta[http-equiv="refresh" i]')).toHaveCount(0);
  await expect(page).toHaveURL('/');
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL('/ru/');
  await context.close();
});
