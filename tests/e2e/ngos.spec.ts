import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { decodeQr, rasteriseSvgText } from '../support/campaignFiles';
import { PREVIEW_SITE_URL, SERVED_ORIGIN, SUBPATH_PORT } from '../support/ports';
import { readEntries } from '../support/readEntries';
import { SUBPATH_BASE, SUBPATH_SITE } from '../support/subpathSite';
import { sitePages } from '../support/sitePages';
import { FALLBACK_ORDER, LOCALE_INFO, LOCALES } from '../../src/i18n/locales';

const SITE = PREVIEW_SITE_URL;
const LANGS = LOCALES;
const POSTERS = ['poster-a4', 'poster-a3', 'card'];

test('every page announces its own 1200×630 PNG share image, and it exists', async ({ request }) => {
  for (const path of sitePages()) {
    const html = await (await request.get(path)).text();
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image, path).toBeTruthy();
    const ogLocales = LOCALES.map((lang) => LOCALE_INFO[lang].ogLocale).join('|');
    expect(html).toMatch(new RegExp(`<meta property="og:locale" content="(${ogLocales})"`));
    expect(html.match(/og:locale:alternate/g)?.length, path).toBe(LOCALES.length - 1);
    const response = await request.get(new URL(image ?? '').pathname);
    expect(response.status(), `${path} → ${image}`).toBe(200);
    const png = PNG.sync.read(await response.body());
    expect([png.width, png.height], image).toEqual([1200, 630]);
  }
});

for (const lang of LANGS) {
  test(`/${lang}/ngos/ offers every poster as PDF and SVG, named with format and size`, async ({ page, request }) => {
    await page.goto(`/${lang}/ngos/`);
    for (const poster of POSTERS) {
      for (const type of ['pdf', 'svg']) {
        const href = `/campaign/${poster}-${lang}.${type}`;
        const link = page.locator(`a[download][href="${href}"]`);
        await expect(link).toHaveText(new RegExp(`${type.toUpperCase()}, \\d+ KB`));
        const response = await request.get(href);
        expect(response.status()).toBe(200);
        const body = await response.body();
        if (type === 'pdf') expect(body.subarray(0, 5).toString()).toBe('%PDF-');
        else expect(body.toString('utf8', 0, 200)).toContain('<svg');
      }
    }
    await expect(page.locator('[data-licence]')).toContainText('CC BY 4.0');
  });

  for (const build of [
    { served: SERVED_ORIGIN, expected: `${SITE}/${lang}/help/` },
    {
      served: `http://localhost:${SUBPATH_PORT}${SUBPATH_BASE.slice(0, -1)}`,
      expected: `${SUBPATH_SITE}${SUBPATH_BASE}${lang}/help/`,
    },
  ]) {
    test(`the ${lang} posters' QR codes lead to ${build.expected}`, async ({ request }) => {
      for (const poster of POSTERS) {
        // The SVG as served, drawn by resvg (tests/gates/release.test.ts also decodes every PDF).
        const svg = await (await request.get(`${build.served}/campaign/${poster}-${lang}.svg`)).text();
        // jsQR misses a code at some scales; any scale that reads it must read the right address.
        const decoded = [800, 1000, 1200].map((width) => decodeQr(rasteriseSvgText(svg, width))).find(Boolean);
        expect(decoded, poster).toBe(build.expected);
      }
    });
  }

  test(`the ${lang} story feed is valid RSS and lists every story, missing ones in a fallback language`, async ({
    request,
  }) => {
    const xml = await (await request.get(`/${lang}/rss.xml`)).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser().parse(xml) as { rss: { channel: { item: { link: string; title: string }[] } } };
    const items = [feed.rss.channel.item].flat();
    const slugs = new Set(
      FALLBACK_ORDER[lang].flatMap((shown) => readEntries('stories', shown).map(({ slug }) => slug)),
    );
    expect(items.map((item) => item.link).sort()).toEqual(
      [...slugs].map((slug) => `${SITE}/${lang}/stories/${slug}/`).sort(),
    );
  });

  test(`the ${lang} help card renders inside an iframe on another site`, async ({ page }) => {
    // A partner's page on another local origin (127.0.0.1 and its own port, not localhost:4321).
    const partner = createServer((_request, response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(
        `<!doctype html><title>Partner</title><iframe src="${SERVED_ORIGIN}/embed/help/${lang}/" width="360" height="330"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
    const { port } = partner.address() as AddressInfo;
    try {
      await page.goto(`http://127.0.0.1:${port}/`);
      const card = page.frameLocator('iframe').locator('[data-embed-card]');
      await expect(card.locator('a[href="tel:112"]')).toBeVisible();
      await expect(card.locator('a[href="tel:150"]')).toBeVisible();
      await expect(page.frameLocator('iframe').locator('html')).toHaveAttribute('lang', lang);
    } finally {
      partner.close();
    }
  });
}

test('every published URL still answers (slugs never change without a redirect)', () => {
  const published = readFileSync('tests/fixtures/published-urls.txt', 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  expect(published.length).toBeGreaterThan(50);
  const missing = published.filter((path) => !existsSync(`dist${path}index.html`) && !existsSync(`dist${path}`));
  expect(missing).toEqual([]);
});

test('a link with utm_* parameters works and its canonical address drops them', async ({ page }) => {
  const response = await page.goto('/kk/stories/nazira-zhurgenbayeva/?utm_source=telegram&utm_campaign=posters');
  expect(response?.status()).toBe(200);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${SITE}/kk/stories/nazira-zhurgenbayeva/`,
  );
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
    'content',
    `${SITE}/kk/stories/nazira-zhurgenbayeva/`,
  );
});

test('share links are plain links with the page address, and copy link confirms out loud', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/risk-factors/warning-signs/');
  const share = page.locator('[data-share]');
  const encoded = encodeURIComponent(`${SITE}/en/risk-factors/warning-signs/`);
  for (const prefix of [
    'https://t.me/share/url?url=',
    'https://wa.me/?text=',
    'https://www.facebook.com/sharer/sharer.php?u=',
    'mailto:?subject=',
  ]) {
    const href = await share.locator(`a[href^="${prefix}"]`).getAttribute('href');
    expect(href).toContain(encoded);
  }
  await expect(page.locator('script[src*="t.me"], script[src*="facebook"], iframe')).toHaveCount(0);
  await share.getByRole('button', { name: 'Copy link' }).click();
  await expect(share.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/en/risk-factors/warning-signs/`);
});

/*
 * The kit page with its poster previews within the page budget (28 KiB) on a first visit, at one
 * and at two pixels per CSS pixel: every response counted, text as a host sends it (gzip), images
 * as they are (AVIF is already compressed).
 */
const PAGE_BUDGET_BYTES = 28 * 1024;
const TEXT_TYPES = /^(text\/|application\/(javascript|json|xml)|image\/svg\+xml)/;

for (const deviceScaleFactor of [1, 2] as const) {
  test.describe(`on a screen with ${deviceScaleFactor} pixel(s) per CSS pixel`, () => {
    test.use({ deviceScaleFactor });

    for (const lang of LANGS) {
      test(`/${lang}/ngos/ with its poster previews weighs at most ${PAGE_BUDGET_BYTES} B`, async ({ page }) => {
        const bytes: Record<string, number> = {};
        const reads: Promise<void>[] = [];
        page.on('response', (response) =>
          reads.push(
            (async () => {
              const body = await response.body();
              const text = TEXT_TYPES.test(response.headers()['content-type'] ?? '');
              bytes[response.url()] = text ? gzipSync(body, { level: 9 }).length : body.length;
            })(),
          ),
        );
        await page.goto(`/${lang}/ngos/`, { waitUntil: 'networkidle' });
        const previews = page.locator('[data-posters] img');
        await expect(previews).toHaveCount(POSTERS.length);
        for (const preview of await previews.all()) {
          // Below the first screen: loaded lazily, decoded off the main thread, its box reserved.
          await expect(preview).toHaveAttribute('loading', 'lazy');
          await expect(preview).toHaveAttribute('decoding', 'async');
          await expect(preview).toHaveAttribute('width', /^\d+$/);
          await expect(preview).toHaveAttribute('height', /^\d+$/);
          await expect(preview.locator('xpath=../..')).toHaveAttribute('href', /\.pdf$/);
          await preview.scrollIntoViewIfNeeded();
          await expect
            .poll(() => preview.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
            .toBeGreaterThan(0);
          // A browser that reads AVIF takes the AVIF at its density, never the PNG as well.
          const source = await preview.evaluate((image: HTMLImageElement) => image.currentSrc);
          expect(source).toMatch(deviceScaleFactor === 2 ? /@2x\.avif$/ : /-[a-z]{2}\.avif$/);
        }
        await page.waitForLoadState('networkidle');
        await Promise.all(reads);
        // A3 shows A4's preview (the same design): two images for three previews.
        const images = Object.keys(bytes).filter((url) => /\.(avif|png)$/.test(url));
        expect(images).toHaveLength(2);
        const total = Object.values(bytes).reduce((sum, size) => sum + size, 0);
        console.log(`/${lang}/ngos/ at ${deviceScaleFactor}x: ${total} B`);
        expect(total, JSON.stringify(bytes, null, 1)).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
      });
    }
  });
}

test('the NGO page previews have twice the pixels at 2x, and a PNG for browsers without AVIF', async ({ page }) => {
  await page.goto('/kk/ngos/');
  const previews = page.locator('[data-posters] picture');
  await expect(previews).toHaveCount(POSTERS.length);
  for (const preview of await previews.all()) {
    const image = preview.locator('img');
    const width = Number(await image.getAttribute('width'));
    const height = Number(await image.getAttribute('height'));
    const avif = (await preview.locator('source[type="image/avif"]').getAttribute('srcset')) ?? '';
    await expect(image).toHaveAttribute('src', /\.png$/);
    const png = (await image.getAttribute('srcset')) ?? '';
    for (const [set, format] of [
      [avif, 'heif'],
      [png, 'png'],
    ] as const) {
      expect(set, format).toMatch(/ 1x, .+ 2x$/);
      for (const [, url, density] of set.matchAll(/(\S+) (\d)x/g)) {
        const metadata = await sharp(await (await page.request.get(url ?? '')).body()).metadata();
        expect(metadata.format, url).toBe(format);
        expect(metadata.width, url).toBe(width * Number(density));
        // Each size is rounded to whole pixels on its own: 2 × 244 may be drawn 487 tall.
        expect(Math.abs((metadata.height ?? 0) - height * Number(density)), url).toBeLessThanOrEqual(1);
      }
    }
  }
});
