import { expect, it as test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { en } from '../../src/i18n/ui/en';
import { kk } from '../../src/i18n/ui/kk';
import { ru } from '../../src/i18n/ui/ru';
import { uz } from '../../src/i18n/ui/uz';
import { LOCALES, type Locale } from '../../src/i18n/locales';
import { POSTER_FORMATS } from '../../src/campaign/posterFormats';
import { readPdf } from '../support/campaignFiles';

/*
 * `npm run build` without SITE_URL is a preview: everything printed, copied or embedded says so.
 * These checks read dist/ (the suite's preview build): no browser.
 */
const BANDS: Record<Locale, string> = {
  kk: kk['publish.previewBand'],
  ru: ru['publish.previewBand'],
  en: en['publish.previewBand'],
  uz: uz['publish.previewBand'],
};
const LANGS = LOCALES;
const campaignFiles = readdirSync('dist/campaign');

test('every poster and card of a preview build carries the preview band on every page, in its language', async () => {
  const pdfs = campaignFiles.filter((file) => file.endsWith('.pdf'));
  expect(pdfs).toHaveLength(LOCALES.length * POSTER_FORMATS.length);
  for (const file of pdfs) {
    const lang = /-([a-z]{2})\.pdf$/.exec(file)?.[1] as Locale;
    const { pages } = await readPdf(join('dist/campaign', file));
    for (const [index, page] of pages.entries()) {
      const bands = page.filter((run) => run.text.trim() === BANDS[lang]);
      // A card sheet holds ten cards; each carries the band.
      expect(bands.length, `${file}, page ${index + 1}`).toBe(file.startsWith('card') ? 10 : 1);
    }
  }
  for (const file of campaignFiles.filter((name) => name.endsWith('.svg'))) {
    const lang = /-([a-z]{2})\.svg$/.exec(file)?.[1] as Locale;
    const titles = readFileSync(join('dist/campaign', file), 'utf8').match(/<title>[^<]*<\/title>/g) ?? [];
    expect(titles.filter((title) => title === `<title>${BANDS[lang]}</title>`).length, file).toBe(
      file.startsWith('card') ? 2 : 1,
    );
  }
});

for (const lang of LANGS) {
  test(`/${lang}/ngos/ of a preview build explains how to set the address instead of offering snippets`, () => {
    const page = parse(readFileSync(`dist/${lang}/ngos/index.html`, 'utf8'));
    const explanations = page.querySelectorAll('[data-preview-explanation]');
    expect(explanations).toHaveLength(2);
    for (const explanation of explanations) expect(explanation.text).toMatch(/SITE_URL.*npm run build:release/);
    expect(page.querySelectorAll('[data-embed-snippet], [data-attribution], pre')).toHaveLength(0);
  });

  test(`${lang} pages of a preview build say that the corrections contact is not set yet`, () => {
    const story = readdirSync(`dist/${lang}/stories`, { withFileTypes: true }).find((entry) => entry.isDirectory());
    const page = parse(readFileSync(`dist/${lang}/stories/${story?.name}/index.html`, 'utf8'));
    expect(page.querySelector('[data-footer-corrections] [data-corrections-contact-missing]')?.text).toBeTruthy();
    expect(page.querySelector('[data-corrections-note] [data-corrections-contact-missing]')?.text).toBeTruthy();
    expect(page.querySelectorAll('[data-corrections-contact]')).toHaveLength(0);
  });
}
