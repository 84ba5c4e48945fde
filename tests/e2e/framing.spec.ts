import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startWrangler, type HostServer } from '../support/hostServers';

/*
 * `frame-ancestors` cannot be set by a <meta> tag: only the host's headers carry it. This serves
 * dist/ with Cloudflare's own local Pages server (its `_headers` parser), and frames pages from
 * another origin.
 */
test.describe.configure({ mode: 'serial' });

let hosted = '';
let server: HostServer | undefined;
let partner: Server | undefined;
let framedPath = '/';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startWrangler('dist');
  hosted = server.origin;
  // A partner's page on another local origin (its own port): a loopback address, so
  // Chromium's private-network rules allow the frame and only frame-ancestors decides.
  partner = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><title>Partner</title><iframe src="${hosted}${framedPath}"></iframe>`);
  });
  await new Promise<void>((resolve) => partner?.listen(0, '127.0.0.1', resolve));
});
test.afterAll(async () => {
  await server?.stop();
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
