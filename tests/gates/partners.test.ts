import { expect, it as test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { PREVIEW_SITE_URL } from '../../site.config';
import { POSTER_FORMATS, posterFileName } from '../../src/campaign/posterFormats';
import { LOCALES, type Locale } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/translate';
import { decodeQr, rasterisePdf, rasteriseSvg, readPdf } from '../support/campaignFiles';
import { FALLBACK_DIR } from '../support/fixtureSites';

/*
 * Co-branded posters, read from the fixture build (tests/fixtures/small-site has the fictional
 * partner "example-fund": one verified local number, one unconfirmed). No browser: files only.
 * The real site has no partner yet; its kit page says how to become one.
 */
interface FixturePartner {
  id: string;
  name: Record<Locale, string>;
  contacts: { display: string; status: string }[];
}
const [partner] = parseYaml(readFileSync('tests/fixtures/small-site/partners.yaml', 'utf8')) as FixturePartner[];
if (!partner) throw new Error('tests/fixtures/small-site/partners.yaml has no partner');
const PARTNER_DIR = join(FALLBACK_DIR, 'campaign', 'partners', partner.id);
const verified = partner.contacts.filter((contact) => contact.status === 'verified').map((contact) => contact.display);
const unconfirmed = partner.contacts
  .filter((contact) => contact.status !== 'verified')
  .map((contact) => contact.display);

/** Letters that may not appear in a file of each language (the address and "QR", "CC BY" aside). */
const FOREIGN_LETTERS: Record<Locale, RegExp> = {
  kk: /[A-Za-z]/,
  ru: /[A-Za-zӘәҒғҚқҢңӨөҰұҮүҺһІі]/,
  en: /[\p{Script=Cyrillic}]/u,
  uz: /[\p{Script=Cyrillic}]/u,
};

const textOf = (runs: { text: string }[]) =>
  runs
    .map((run) => run.text)
    .join(' ')
    .replace(/\s+/g, ' ');

for (const lang of LOCALES) {
  test(`${lang}: the partner's posters and card carry its name in ${lang}, its logo, its verified number only, the national numbers as the site's own, all in ${lang}`, async () => {
    const t = useTranslations(lang);
    for (const format of POSTER_FORMATS) {
      const file = join(PARTNER_DIR, posterFileName(format, lang, 'pdf'));
      const own = await readPdf(join(FALLBACK_DIR, 'campaign', posterFileName(format, lang, 'pdf')));
      const { pages } = await readPdf(file);
      const text = textOf(pages.flat());
      expect(text, file).toContain(t('poster.partner', { name: partner.name[lang] }));
      // The national numbers: the same runs at the same size as on the site's own poster.
      const numbers = (runs: { text: string; size: number }[]) =>
        runs.filter((run) => /^\d{3}$/.test(run.text.trim())).map((run) => [run.text.trim(), run.size.toFixed(2)]);
      expect(numbers(pages[0] ?? []), file).toEqual(numbers(own.pages[0] ?? []));
      // Local numbers go on posters; the card has room for the national ones only.
      for (const number of verified) expect(text.includes(number), `${file}: ${number}`).toBe(!('sheet' in format));
      for (const number of unconfirmed) expect(text, file).not.toContain(number);
      expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }), `${file}: the logo`).toMatch(
        /\bimage\b/,
      );
      const words = text.replace(/\S*localhost\S*/g, '').replace(/CC BY 4\.0|QR/g, '');
      expect(words.match(FOREIGN_LETTERS[lang]), `${file}: text not in ${lang}`).toBeNull();

      const svgFile = join(PARTNER_DIR, posterFileName(format, lang, 'svg'));
      const svg = readFileSync(svgFile, 'utf8');
      // The logo as an image clipped to its box (src/partners/embedPartnerLogo.ts).
      expect(svg, `${svgFile}: the logo`).toMatch(
        /<g clip-path="url\(#partner-logo-1\)"><image x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" preserveAspectRatio="xMidYMid meet" href="data:image\/svg\+xml;base64,/,
      );
      expect(svg, svgFile).not.toMatch(/<script|on\w+=/i);
      for (const number of unconfirmed) expect(svg, svgFile).not.toContain(number);
    }
  });

  test(`${lang}: every QR code of the partner's files leads to the ${lang} help page of the build`, () => {
    const expected = `${PREVIEW_SITE_URL}/${lang}/help/`;
    expect(existsSync(join(FALLBACK_DIR, lang, 'help', 'index.html'))).toBe(true);
    for (const format of POSTER_FORMATS) {
      const pdf = join(PARTNER_DIR, posterFileName(format, lang, 'pdf'));
      const svg = join(PARTNER_DIR, posterFileName(format, lang, 'svg'));
      if ('sheet' in format) {
        // The first card's back (page 2): one card-sized region of the sheet.
        const dpi = 150;
        const pixels = (mm: number) => Math.round((mm / 25.4) * dpi);
        const region = {
          x: pixels((format.sheet.widthMm - format.sheet.columns * format.widthMm) / 2),
          y: pixels((format.sheet.heightMm - format.sheet.rows * format.heightMm) / 2),
          width: pixels(format.widthMm),
          height: pixels(format.heightMm),
        };
        expect(decodeQr(rasterisePdf(pdf, dpi)[1]!, region), pdf).toBe(expected);
      } else {
        expect(decodeQr(rasterisePdf(pdf, 72)[0]!), pdf).toBe(expected);
      }
      expect(decodeQr(rasteriseSvg(svg, 1000)), svg).toBe(expected);
    }
  });

  test(`/${lang}/ngos/ lists the partner's files in ${lang} with its logo; the real site says how to become a partner`, () => {
    const page = parse(readFileSync(join(FALLBACK_DIR, lang, 'ngos', 'index.html'), 'utf8'));
    const kit = page.querySelector(`[data-partner="${partner.id}"]`);
    expect(kit?.querySelector('h3')?.text.trim()).toBe(partner.name[lang]);
    const logo = kit?.querySelector('img')?.getAttribute('src') ?? '';
    expect(existsSync(join(FALLBACK_DIR, logo))).toBe(true);
    const links = kit?.querySelectorAll('a[download]').map((link) => link.getAttribute('href') ?? '') ?? [];
    expect(links).toHaveLength(POSTER_FORMATS.length * 2);
    for (const href of links) {
      expect(href).toMatch(new RegExp(`-${lang}\\.(pdf|svg)$`));
      expect(existsSync(join(FALLBACK_DIR, href)), href).toBe(true);
    }
    const site = parse(readFileSync(join('dist', lang, 'ngos', 'index.html'), 'utf8'));
    expect(site.querySelector('[data-partners-none]')?.text.trim()).toBe(useTranslations(lang)('kit.partnersNone'));
  });
}
