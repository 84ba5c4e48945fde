import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { sitePages } from '../support/sitePages';

/**
 * Page weight budget: what a first visit downloads to render a page (HTML, CSS, JS; images
 * aside), gzip-compressed as a host would send it, and the JavaScript run on load.
 * Prints one line per page so the figures are visible in every run.
 */
const BUDGET_COMPRESSED_BYTES = 14 * 1024;
const BUDGET_SCRIPT_BYTES = 2 * 1024;

const rows: string[] = [];

test.describe.configure({ mode: 'serial' });

for (const path of sitePages()) {
  test(`${path} stays within the page-weight budget`, async ({ page }) => {
    const sizes = { html: 0, css: 0, js: 0, jsRaw: 0 };
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      if (!['document', 'stylesheet', 'script'].includes(type)) return;
      const body = await response.body();
      const compressed = gzipSync(body, { level: 9 }).length;
      if (type === 'document') sizes.html += compressed;
      if (type === 'stylesheet') sizes.css += compressed;
      if (type === 'script') {
        sizes.js += compressed;
        sizes.jsRaw += body.length;
      }
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    const inlineScripts = await page
      .locator('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])')
      .evaluateAll((scripts) =>
        scripts.reduce((sum, script) => sum + new TextEncoder().encode(script.textContent ?? '').length, 0),
      );
    sizes.jsRaw += inlineScripts;
    const total = sizes.html + sizes.css + sizes.js;
    rows.push(
      `${path.padEnd(48)} html ${sizes.html}  css ${sizes.css}  js ${sizes.js}  total ${total} B gz; script run on load ${sizes.jsRaw} B`,
    );
    expect(total, `${path}: ${total} B gzip`).toBeLessThanOrEqual(BUDGET_COMPRESSED_BYTES);
    expect(sizes.jsRaw, `${path}: ${sizes.jsRaw} B of JavaScript`).toBeLessThanOrEqual(BUDGET_SCRIPT_BYTES);
  });
}

test.afterAll(() => {
  console.log(
    `\nPage weight (budget ${BUDGET_COMPRESSED_BYTES} B gz per page, ${BUDGET_SCRIPT_BYTES} B JS):\n${rows.join('\n')}`,
  );
});
