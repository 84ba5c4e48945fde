import { expect, it as test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parse, type Options } from 'node-html-parser';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { POSTER_FORMATS, posterFileName, previewFormat } from '../../src/campaign/posterFormats';
import { decodeQr, digitHeightRatio, rasterisePdf, rasteriseSvg, readPdf } from '../support/campaignFiles';
import { LOCALES } from '../../src/i18n/locales';
import { SUBPATH_BASE, SUBPATH_CONTACT, SUBPATH_DIR, SUBPATH_PUBLISHER_KK, SUBPATH_SITE } from '../support/subpathSite';
import { useTranslations } from '../../src/i18n/translate';

/*
 * The release build the suite shares (playwright.config.ts builds it once, RELEASE=1, for
 * https://example.org under a sub-path). These checks only read its files: no browser.
 */
const ROOT = `${SUBPATH_SITE}${SUBPATH_BASE}`;
/** Parse inside <pre> too (node-html-parser keeps it as raw text by default). */
const HTML_OPTIONS: Partial<Options> = { blockTextElements: { script: true, noscript: true, style: true } };
/** Posters, cards and NGO pages exist in every language, Uzbek included. */
const LANGS = LOCALES;
/** Files read as text; the rest (PNG, WebP, fonts, Pagefind's compressed index) hold no addresses as text. */
const TEXT_TYPES = new Set([
  '.html',
  '.xml',
  '.json',
  '.svg',
  '.vcf',
  '.txt',
  '.js',
  '.css',
  '.webmanifest',
  '.xsl',
  '.yml',
  '',
]);
const LOCAL_ADDRESS = /localhost|127\.0\.0\.1/;
/** The numbers printed material shows, as the help strip does; 150 stays on the help page. */
const PRINTED_NUMBERS = ['112', '102', '111'];

function distFiles(): string[] {
  return readdirSync(SUBPATH_DIR, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(SUBPATH_DIR, join(entry.parentPath, entry.name)));
}

/** Whether an absolute address of the published site is a file or page of the build. */
function existsInBuild(address: string): boolean {
  if (!address.startsWith(ROOT)) return false;
  const path = join(SUBPATH_DIR, decodeURIComponent(new URL(address).pathname.slice(SUBPATH_BASE.length)));
  return address.endsWith('/') ? existsSync(join(path, 'index.html')) : existsSync(path);
}

const hotlineNames = new Map(
  (parseYaml(readFileSync('content/hotlines.yaml', 'utf8')) as { id: string; name: Record<string, string> }[]).map(
    (line) => [String(line.id), line.name],
  ),
);

test('no file of the release build names localhost or 127.0.0.1, PDF text included', async () => {
  const found: string[] = [];
  let pdfs = 0;
  for (const file of distFiles()) {
    const path = join(SUBPATH_DIR, file);
    if (extname(file) === '.pdf') {
      pdfs += 1;
      const { pages, metadata } = await readPdf(path);
      const text =
        pages
          .flat()
          .map((run) => run.text)
          .join(' ') + metadata;
      if (LOCAL_ADDRESS.test(text)) found.push(file);
    } else if (TEXT_TYPES.has(extname(file)) && LOCAL_ADDRESS.test(readFileSync(path, 'utf8'))) {
      found.push(file);
    }
  }
  expect(pdfs).toBe(LANGS.length * POSTER_FORMATS.length);
  expect(found).toEqual([]);
});

test(
  'every QR code in every PDF, SVG and preview (AVIF and PNG) leads to a page of the published site',
  { timeout: 180_000 },
  async () => {
    const decoded: { file: string; text: string | undefined }[] = [];
    for (const lang of LANGS) {
      for (const format of POSTER_FORMATS) {
        const pdf = join(SUBPATH_DIR, 'campaign', posterFileName(format, lang, 'pdf'));
        // Cards are small: more pixels per QR module than a poster needs.
        const dpi = 'sheet' in format ? 150 : 72;
        const pages = rasterisePdf(pdf, dpi);
        if ('sheet' in format) {
          // The cards' backs (page 2): one QR code per card, each decoded on its own.
          const { sheet } = format;
          const pixels = (mm: number) => Math.round((mm / 25.4) * dpi);
          const left = (sheet.widthMm - sheet.columns * format.widthMm) / 2;
          const top = (sheet.heightMm - sheet.rows * format.heightMm) / 2;
          for (let row = 0; row < sheet.rows; row += 1)
            for (let column = 0; column < sheet.columns; column += 1) {
              const region = {
                x: pixels(left + column * format.widthMm),
                y: pixels(top + row * format.heightMm),
                width: pixels(format.widthMm),
                height: pixels(format.heightMm),
              };
              decoded.push({ file: `${pdf} card ${row}/${column}`, text: decodeQr(pages[1]!, region) });
            }
        } else {
          decoded.push({ file: pdf, text: decodeQr(pages[0]!) });
        }
        const svg = join(SUBPATH_DIR, 'campaign', posterFileName(format, lang, 'svg'));
        decoded.push({ file: svg, text: decodeQr(rasteriseSvg(svg, 1000)) });
        // The kit page's previews (A3 shows A4's): small, but their codes still scan, in the AVIF
        // most browsers show and in the PNG the others fall back to.
        if (previewFormat(format) === format) {
          const png = join(SUBPATH_DIR, 'campaign', posterFileName(format, lang, 'png'));
          decoded.push({ file: png, text: decodeQr(PNG.sync.read(readFileSync(png))) });
          const avif = join(SUBPATH_DIR, 'campaign', posterFileName(format, lang, 'avif'));
          const { data, info } = await sharp(avif).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
          const pixels = Object.assign(new PNG({ width: info.width, height: info.height }), { data });
          decoded.push({ file: avif, text: decodeQr(pixels) });
        }
      }
    }
    // Posters: PDF and SVG; cards: ten on the PDF's back page, one in the SVG; previews: two, twice.
    expect(decoded).toHaveLength(LANGS.length * (2 * 2 + 10 + 1 + 2 * 2));
    for (const { file, text } of decoded) {
      expect(text, file).toMatch(new RegExp(`^${ROOT}(${LOCALES.join('|')})/help/$`));
      expect(existsInBuild(text ?? ''), `${file} → ${text}`).toBe(true);
    }
  },
);

for (const lang of LANGS) {
  test(`${lang} posters and card: each number its own text run, labelled, tall enough; the address readable`, async () => {
    const digitRatio = digitHeightRatio();
    for (const format of POSTER_FORMATS) {
      const file = posterFileName(format, lang, 'pdf');
      const { pages } = await readPdf(join(SUBPATH_DIR, 'campaign', file));
      const front = pages[0] ?? [];
      const copies = 'sheet' in format ? format.sheet.columns * format.sheet.rows : 1;
      for (const number of PRINTED_NUMBERS) {
        const runs = front.filter((run) => run.text.trim() === number);
        expect(runs, `${file}: ${number} as a text run of its own`).toHaveLength(copies);
        const name = hotlineNames.get(number)?.[lang] ?? '';
        for (const run of runs) {
          expect(run.size * digitRatio, `${file}: height of ${number}'s digits, mm`).toBeGreaterThanOrEqual(
            format.minNumberMm - 0.01,
          );
          const digitTop = run.y - run.size * digitRatio;
          const label = front.find(
            (other) =>
              other !== run &&
              name.startsWith(other.text.trim()) &&
              other.x > run.x + run.width &&
              other.x - (run.x + run.width) < run.size &&
              other.y > digitTop - 1 &&
              other.y < run.y + run.size,
          );
          expect(label, `${file}: the label “${name}” beside ${number}`).toBeTruthy();
        }
      }
      const text = pages.flat().map((run) => run.text.trim());
      expect(
        text.filter((run) => /\d{3}\s+\d{3}/.test(run) || run === '150'),
        file,
      ).toEqual([]);
      // The address people type, without a scheme, under the QR code (possibly broken after a "/").
      const last = pages.at(-1) ?? [];
      expect(last.map((run) => run.text.trim()).join(''), file).toContain(
        `${ROOT.replace('https://', '')}${lang}/help`,
      );
      expect(
        pages.flat().some((run) => run.text.includes('https://')),
        file,
      ).toBe(false);
    }
  });
}

test('the Kazakh posters and card have no English left in them', async () => {
  for (const format of POSTER_FORMATS) {
    const file = posterFileName(format, 'kk', 'pdf');
    const { pages } = await readPdf(join(SUBPATH_DIR, 'campaign', file));
    const text = pages
      .flat()
      .map((run) => run.text.trim())
      .join('')
      .replaceAll(ROOT.replace('https://', ''), '')
      .replace(/kk\/help|CC BY 4\.0|QR/g, '');
    expect(text.match(/[A-Za-z]+/g), file).toBeNull();
  }
});

for (const lang of LANGS) {
  test(`/${lang}/ngos/ of a release build offers the snippets and the attribution with the public address`, () => {
    const page = parse(readFileSync(join(SUBPATH_DIR, lang, 'ngos', 'index.html'), 'utf8'), HTML_OPTIONS);
    expect(page.querySelector('[data-embed-snippet]')?.text).toContain(`src="${ROOT}embed/help/${lang}/"`);
    expect(page.querySelector('[data-attribution]')?.text).toContain(`${ROOT}${lang}/`);
    // The publisher's name in this language: set for Kazakh only, the site's name elsewhere.
    const publisher = lang === 'kk' ? SUBPATH_PUBLISHER_KK : useTranslations(lang)('site.name');
    expect(page.querySelector('[data-attribution]')?.text.trim()).toMatch(new RegExp(`^${publisher} — `));
    expect(page.querySelectorAll('[data-preview-explanation]')).toHaveLength(0);
  });
}

test('every page names the corrections contact in its footer, and every story in its note', () => {
  const href = `mailto:${SUBPATH_CONTACT}`;
  const languages = LOCALES.join('|');
  const pages = distFiles().filter((file) => new RegExp(`^(${languages})/.*index\\.html$`).test(file));
  const stories = pages.filter((file) => new RegExp(`^(${languages})/stories/[^/]+/index\\.html$`).test(file));
  expect(stories.length).toBeGreaterThanOrEqual(9);
  for (const file of pages) {
    const page = parse(readFileSync(join(SUBPATH_DIR, file), 'utf8'));
    expect(page.querySelector('[data-footer-corrections] a')?.getAttribute('href'), file).toBe(href);
    if (stories.includes(file))
      expect(page.querySelector('[data-corrections-note] a')?.getAttribute('href'), file).toBe(href);
  }
});
