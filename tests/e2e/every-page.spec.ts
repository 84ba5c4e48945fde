import { test as base, devices, expect, type BrowserContext, type Page, type Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../../src/i18n/locales';
import { axeViolations } from '../support/axe';
import { languageSwitcher } from '../support/languageSwitcher';
import { SERVED_ORIGIN } from '../support/ports';
import { EMBED_PAGES, expectedLang, sitePages } from '../support/sitePages';
import { NOTHING_STORED, storageInUse } from '../support/storage';

/*
 * Every page is loaded ONCE, and that load carries all the per-page checks: language, structure,
 * the language switcher's links, CSP, privacy (no other origin, no cookie, no storage), the safety controls, page weight, axe in
 * light and dark mode (switched on the same page), reflow at 320 px and the first two Tab stops.
 * Weight is what a first visit downloads (HTML, CSS, JS; images aside), gzip-compressed as a host
 * would send it, and the JavaScript the page runs (inline and external). Figures print at the end.
 * The full keyboard walk runs once per template (tests/a11y/keyboard.spec.ts).
 */
/*
 * The 14 KiB budget is for the first round trip: what every page carries (head, CSS, the script
 * run on load, header, help strip, footer: the page without its main text) must fit in it, so the
 * first screen arrives in one trip. The reader's text is never cut to fit: a long article may take
 * the page as a whole up to twice the budget (docs/benchmarks.md).
 */
const BUDGET_SHELL_BYTES = 14 * 1024;
const BUDGET_PAGE_BYTES = 2 * BUDGET_SHELL_BYTES;
/*
 * 2.5 KiB of script a page runs (uncompressed): the exit control's guards (a classic script in
 * <head> that works before anything else loads, in a modal dialog, by middle-click, and not on a
 * capital letter's Shift) took the shared script from 0.9 to 1.8 KB; a page's own script adds at
 * most 0.6 KB (measured 2,395 B on the offer check, 2,331 B on the search page).
 */
const BUDGET_SCRIPT_BYTES = 2.5 * 1024;
const weights: string[] = [];

/*
 * One browser context per worker, reused by every visit, instead of one per page; the cache is
 * off for each page, so every visit weighs and loads what a first visit would.
 */
const test = base.extend<object, { workerContext: BrowserContext }>({
  workerContext: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ ...devices['Desktop Chrome'], baseURL: SERVED_ORIGIN });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ workerContext }, use) => {
    await workerContext.clearCookies();
    await use(workerContext);
  },
  page: async ({ context }, use) => {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send('Network.setCacheDisabled', { cacheDisabled: true });
    await use(page);
    await page.close();
  },
});

/**
 * Zero axe violations (WCAG 2.2 AA and best practice) in light mode, then the colour rules again in
 * dark mode on the same load (dark mode only swaps colour tokens: tests/gates/dark-mode.test.ts).
 */
async function expectNoAxeViolations(page: Page) {
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeViolations(page), 'light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page, 'colour'), 'dark').toEqual([]);
  await page.emulateMedia({ colorScheme: null });
}

for (const path of sitePages()) {
  test(`${path}: language, structure, privacy, safety controls, weight, axe and reflow`, async ({ page, context }) => {
    const errors: string[] = [];
    const foreign: string[] = [];
    const sizes = { html: 0, shell: 0, css: 0, js: 0, script: 0 };
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== SERVED_ORIGIN) foreign.push(request.url());
    });
    // Bodies are read as they arrive; the weight check waits for every read.
    const reads: Promise<void>[] = [];
    const measure = async (response: Response) => {
      const type = response.request().resourceType();
      if (!['document', 'stylesheet', 'script'].includes(type)) return;
      const body = await response.body();
      const compressed = gzipSync(body, { level: 9 }).length;
      if (type === 'document') {
        sizes.html += compressed;
        // The same page without the text of <main>: what every page carries.
        const shell = body.toString('utf8').replace(/(<main\b[^>]*>)[\s\S]*<\/main>/, '$1</main>');
        sizes.shell += gzipSync(shell, { level: 9 }).length;
      }
      if (type === 'stylesheet') sizes.css += compressed;
      if (type === 'script') {
        sizes.js += compressed;
        sizes.script += body.length;
      }
    };
    page.on('response', (response) => reads.push(measure(response)));

    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', expectedLang(path));
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('main')).toHaveCount(1);

    // Secure: a CSP on the page, and nothing it blocks.
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /script-src 'self'/,
    );

    // Multilingual: the language switcher leads to this same page in every other language, and
    // that page is in that language (language-switcher.spec.ts follows the links by clicking).
    const lang = expectedLang(path);
    if (path.startsWith(`/${lang}/`)) {
      const switcher = languageSwitcher(page);
      const others = LOCALES.filter((other) => other !== lang);
      await expect(switcher.locator('a[hreflang]')).toHaveCount(others.length);
      for (const other of others) {
        const target = path.replace(`/${lang}/`, `/${other}/`);
        await expect(switcher.locator(`a[hreflang="${other}"]`)).toHaveAttribute('href', target);
        const html = await (await page.request.get(target)).text();
        expect(html, target).toMatch(new RegExp(`<html[^>]* lang="${other}"`));
      }
    }

    // Safe: help numbers as well-formed tel: links, kept out of search.
    const strip = page.locator('[data-help-strip]');
    await expect(strip).toHaveCount(1);
    await expect(strip).toHaveAttribute('data-pagefind-ignore', /.*/);
    await expect(strip.locator('a[href="tel:112"]')).toHaveCount(1);
    const tels = await page
      .locator('a[href^="tel:"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const href of tels) expect(href).toMatch(/^tel:\d+$/);

    await expectNoAxeViolations(page);

    // Reflow (WCAG 1.4.10): at 320 CSS pixels, which is also 1280 pixels at 400 % zoom and a
    // 640-pixel window at 200 %, nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);

    // Keyboard: skip link first, then the exit control.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('href', '#main-content');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('data-exit-link', '');

    // Checked last, so that they cover the whole visit, not only the load.
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    // Private: nothing from another origin, no cookie, nothing stored of any kind.
    expect(foreign).toEqual([]);
    expect(await storageInUse(page, context)).toEqual(NOTHING_STORED);

    // Weight: everything the visit downloaded.
    await Promise.all(reads);
    sizes.script += await page
      .locator('script:not([src])')
      .evaluateAll((scripts) =>
        scripts.reduce((sum, script) => sum + new TextEncoder().encode(script.textContent ?? '').length, 0),
      );
    const total = sizes.html + sizes.css + sizes.js;
    const shell = sizes.shell + sizes.css + sizes.js;
    weights.push(
      `${path.padEnd(52)} ${String(total).padStart(6)} B gz (html ${sizes.html}, css ${sizes.css}, js ${sizes.js}; shell ${shell}); script run ${sizes.script} B`,
    );
    expect(shell, `${path}: ${shell} B gzip without the main text`).toBeLessThanOrEqual(BUDGET_SHELL_BYTES);
    expect(total, `${path}: ${total} B gzip`).toBeLessThanOrEqual(BUDGET_PAGE_BYTES);
    expect(sizes.script, `${path}: ${sizes.script} B of JavaScript`).toBeLessThanOrEqual(BUDGET_SCRIPT_BYTES);

    expect(errors).toEqual([]);
  });
}

/** Embed cards are framed by partners' sites: no site chrome, but the same privacy and accessibility. */
for (const path of EMBED_PAGES) {
  test(`${path}: language, privacy and axe`, async ({ page, context }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== SERVED_ORIGIN) foreign.push(request.url());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', expectedLang(path.replace('/embed/help', '')));
    await expectNoAxeViolations(page);
    expect(foreign).toEqual([]);
    expect(await storageInUse(page, context)).toEqual(NOTHING_STORED);
  });
}

test.afterAll(() => {
  if (weights.length === 0) return;
  console.log(
    `\nPage weight (budget: shell ${BUDGET_SHELL_BYTES} B gz, page ${BUDGET_PAGE_BYTES} B gz, ${BUDGET_SCRIPT_BYTES} B script):\n${weights.sort().join('\n')}`,
  );
});
