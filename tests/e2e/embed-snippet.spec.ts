import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PREVIEW_SITE_URL, SERVED_ORIGIN } from '../support/ports';
import { formatEmbedSnippets } from '../../src/utils/formatEmbedSnippets';

/*
 * The iframe snippet NGOs paste into their sites (src/utils/formatEmbedSnippets.ts), exactly as
 * the NGO page offers it, on a partner's page served from another origin (127.0.0.1 and a port of
 * its own). The sandbox must let the card's tel: links reach the phone app: Chromium refuses an
 * external protocol from a sandboxed frame without one of a few flags, and says so in the console.
 */
const SANDBOX_REFUSED = /Navigation to external protocol blocked by sandbox/;

const { iframe } = formatEmbedSnippets({
  lang: 'kk',
  title: 'Help',
  more: 'More',
  embedUrl: `${SERVED_ORIGIN}/embed/help/kk/`,
  helpUrl: `${SERVED_ORIGIN}/kk/help/`,
  lines: [],
});

let partner: Server | undefined;
/** The iframe markup the partner's page holds: the real snippet, or (to prove the check can fail) another. */
let framed = iframe;

test.beforeAll(async () => {
  partner = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><html lang="en"><title>Partner</title>${framed}</html>`);
  });
  await new Promise<void>((resolve) => partner?.listen(0, '127.0.0.1', resolve));
});
test.afterAll(() => partner?.close());

/** Opens the partner's page with `markup` and clicks the card's 112 link; returns the console's sandbox refusals. */
async function clickTelOnPartnerPage(page: Page, markup: string) {
  framed = markup;
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (SANDBOX_REFUSED.test(message.text())) refusals.push(message.text());
  });
  await page.goto(`http://127.0.0.1:${(partner?.address() as AddressInfo).port}/`);
  const link = page.frameLocator('iframe').locator('[data-embed-card] a[href="tel:112"]');
  await expect(link).toBeVisible();
  const attempt = page.waitForRequest('tel:112');
  await link.click();
  await attempt;
  return refusals;
}

test('the snippet renders the help card on another site and sends no referrer', async ({ page }) => {
  const framedRequest = page.waitForRequest(`${SERVED_ORIGIN}/embed/help/kk/`);
  framed = iframe;
  await page.goto(`http://127.0.0.1:${(partner?.address() as AddressInfo).port}/`);
  expect((await framedRequest).headers()['referer']).toBeUndefined();
  const card = page.frameLocator('iframe').locator('[data-embed-card]');
  await expect(card).toBeVisible();
  await expect(card.locator('a[href="tel:112"]')).toBeVisible();
  await expect(card.locator('a[href="tel:111"]')).toBeVisible();
});

test("the snippet's sandbox lets a tel: link through to the phone app", async ({ page }) => {
  const refusals = await clickTelOnPartnerPage(page, iframe);
  // Chromium reports a refusal as the navigation starts; give it time to arrive.
  await page.waitForTimeout(1000);
  expect(refusals).toEqual([]);
});

test('a sandbox without those flags is seen refusing the tel: link (the check above can fail)', async ({ page }) => {
  const refusals = await clickTelOnPartnerPage(page, iframe.replace(/sandbox="[^"]*"/, 'sandbox=""'));
  await expect.poll(() => refusals.length).toBeGreaterThan(0);
});

test("the card's link to the Get help page opens outside the sandbox", async ({ page, context }) => {
  // The card links to the site's public address (a preview build: PREVIEW_SITE_URL). Only that
  // page is answered here: the card itself may be served from the same origin (TEST_PORT unset).
  await context.route(`${PREVIEW_SITE_URL}/kk/help/`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Help</title><p>Help</p>' }),
  );
  framed = iframe;
  await page.goto(`http://127.0.0.1:${(partner?.address() as AddressInfo).port}/`);
  const popup = context.waitForEvent('page');
  await page.frameLocator('iframe').locator(`[data-embed-card] a[href="${PREVIEW_SITE_URL}/kk/help/"]`).click();
  const opened = await popup;
  await opened.waitForLoadState();
  // A page still in the sandbox has an opaque origin ("null").
  expect(await opened.evaluate(() => window.origin)).toBe(PREVIEW_SITE_URL);
});
