import { expect, test, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { SITE_PORT } from '../support/ports';
import { serveWithHeaders } from '../support/serveWithHeaders';

/*
 * `frame-ancestors` cannot be set by a <meta> tag: only the `_headers` file carries it. This
 * serves dist/ with its `_headers` applied, as Netlify or Cloudflare Pages would, and frames
 * pages from another origin.
 */
const HEADERS_PORT = SITE_PORT + 3;
const HOSTED = `http://localhost:${HEADERS_PORT}`;
const PARTNER = 'http://partner.example/';
let server: Server | undefined;

test.beforeAll(async () => {
  server = await serveWithHeaders('dist', HEADERS_PORT);
});
test.afterAll(() => {
  server?.close();
});

/** A partner's page framing `path` of the hosted site; returns the frame once it has navigated. */
async function frameOnPartnerSite(page: Page, path: string) {
  await page.route(PARTNER, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Partner</title><iframe src="${HOSTED}${path}"></iframe>`,
    }),
  );
  await page.goto(PARTNER);
  const element = await page.locator('iframe').elementHandle();
  return (await element?.contentFrame()) ?? undefined;
}

test('a partner site may frame the help card', async ({ page }) => {
  await frameOnPartnerSite(page, '/embed/help/kk/');
  await expect(page.frameLocator('iframe').locator('[data-embed-card]')).toBeVisible();
});

test('a partner site cannot frame any other page (frame-ancestors none)', async ({ page }) => {
  const frame = await frameOnPartnerSite(page, '/kk/help/');
  // Chromium replaces a refused frame with its error page.
  await expect.poll(() => frame?.url()).toBe('chrome-error://chromewebdata/');
  await expect(page.frameLocator('iframe').locator('h1')).toHaveCount(0);
});
