import { expect, test } from '@playwright/test';
import { LOCALE_INFO, LOCALES } from '../../src/i18n/locales';
import { PREVIEW_SITE_URL } from '../support/ports';

const SAMPLE_PATHS = [
  '/',
  '/stories/',
  '/stories/svetlana-koshelekova/',
  '/risk-factors/warning-signs/',
  '/about/',
  '/teachers/',
];
const LANGS = LOCALES;

for (const path of SAMPLE_PATHS) {
  for (const from of LANGS) {
    test(`from /${from}${path} the switcher leads to the same page in each other language`, async ({ page }) => {
      await page.goto(`/${from}${path}`);
      const switcher = page.getByRole('navigation', { name: /Тілді таңдау|Выбор языка|Choose language|Tilni tanlash/ });
      const [first, ...others] = LANGS.filter((lang) => lang !== from);
      // Each link points at the same page in its language, and that page is in that language…
      for (const to of [first, ...others]) {
        const link = switcher.locator(`a[hreflang="${to}"]`);
        await expect(link).toHaveAttribute('href', `/${to}${path}`);
        const html = await (await page.request.get(`/${to}${path}`)).text();
        expect(html, to).toMatch(new RegExp(`<html[^>]* lang="${to}"`));
      }
      // …and following one of them (a real click) lands there.
      await switcher.locator(`a[hreflang="${first}"]`).click();
      await expect(page).toHaveURL(`/${first}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', first ?? '');
    });
  }
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
  for (const lang of LANGS) {
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
