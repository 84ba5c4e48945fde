import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveWithHeaders } from '../support/serveWithHeaders';

/*
 * `frame-ancestors` cannot be set by a <meta> tag: only the `_headers` file carries it. This
 * serves dist/ with its `_headers` applied, as Netlify or Cloudflare Pages would, and frames
 * pages from another origin.
 */
let hosted = '';
let server: Server | undefined;
let partner: Server | undefined;
let framedPath = '/';

test.beforeAll(async () => {
  // Port 0: each worker gets a free port of its own.
  server = await serveWithHeaders('dist', 0);
  hosted = `http://localhost:${(server.address() as AddressInfo).port}`;
  // A partner's page on another local origin (127.0.0.1, its own port): a loopback address, so
  // Chromium's private-network rules allow the frame and only frame-ancestors decides.
  partner = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><title>Partner</title><iframe src="${hosted}${framedPath}"></iframe>`);
  });
  await new Promise<void>((resolve) => partner?.listen(0, '127.0.0.1', resolve));
});
test.afterAll(() => {
  server?.close();
  partner?.close();
});

/** A partner's page framing `path` of the hosted site; returns the frame once it has navigated. */
async function frameOnPartnerSite(page: Page, path: string) {
  framedPath = path;
  await page.goto(`http://127.0.0.1:${(partner?.address() as AddressInfo).port}/`);
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
  await expect(page.frameLocator('iframe').locator('[data-help-strip]')).toHaveCount(0);
});
