import { expect, test } from '@playwright/test';
import { expectedLang, sitePages } from '../support/sitePages';

const SITE_ORIGIN = 'http://localhost:4321';

for (const path of sitePages()) {
  test.describe(`page ${path}`, () => {
    test('answers with its language, one h1, a main and no console errors', async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', expectedLang(path));
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('main')).toHaveCount(1);
      expect(errors).toEqual([]);
    });

    test('loads nothing from another origin and stores nothing in the browser', async ({ page, context }) => {
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== SITE_ORIGIN) foreign.push(request.url());
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(foreign).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
      expect(stored).toEqual({ local: 0, session: 0 });
    });

    test('offers the exit control first after the skip link, and the help strip', async ({ page }) => {
      await page.goto(path);
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveAttribute('href', '#main-content');
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveAttribute('data-exit-link', '');
      const strip = page.locator('[data-help-strip]');
      await expect(strip).toHaveCount(1);
      await expect(strip.locator('a[href="tel:112"]')).toHaveCount(1);
      await expect(strip).toHaveAttribute('data-pagefind-ignore', /.*/);
    });

    test('writes every tel: link as digits only', async ({ page }) => {
      await page.goto(path);
      const hrefs = await page
        .locator('a[href^="tel:"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(/^tel:\d+$/);
    });
  });
}
