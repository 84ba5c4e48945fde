import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { posterContent } from '~/campaign/posterContent';
import { POSTER_FORMATS } from '~/campaign/posterFormats';
import { buildPosterModel, type PosterModel } from '~/campaign/posterModel';
import { renderPosterPdf } from '~/campaign/renderPosterPdf';
import { renderPosterSvg } from '~/campaign/renderPosterSvg';
import { publishedHotlines } from '~/data/hotlines';
import type { PartnerForPrint } from '~/data/partners';
import { checkPartnerLogo } from '~/partners/checkPartnerLogo';
import { rasterisePdf, rasteriseSvgText } from '../../support/campaignFiles';

/*
 * A partner's logo cannot paint over the national numbers, on the SVG posters or in the PDFs,
 * even if a logo got past checkPartnerLogo: the same poster is drawn with a harmless logo and with
 * logos that try to cover the page, and every pixel outside the logo's box must stay the same.
 */
const SITE = new URL('https://example.org/');
const NS = 'xmlns="http://www.w3.org/2000/svg"';
const HARMLESS = `<svg ${NS} viewBox="0 0 100 40"><rect width="100" height="40" fill="#1d5c8a"/></svg>`;
/** A white sheet far larger than the logo: passes the check (it is only a rectangle). */
const HUGE_RECT = `<svg ${NS} viewBox="0 0 100 40"><rect x="-10000" y="-10000" width="20000" height="20000" fill="#fff"/></svg>`;
/** What the check refuses, drawn as if it had got through. */
const ATTACKS = {
  'a huge white rectangle': checkPartnerLogo(HUGE_RECT, 'huge.svg').svg,
  'overflow="visible" on the root': `<svg ${NS} viewBox="0 0 100 40" overflow="visible" style="overflow:visible"><rect x="-10000" y="-10000" width="20000" height="20000" fill="#fff"/></svg>`,
  'a nested <svg> at negative x and y': `<svg ${NS} viewBox="0 0 100 40"><svg x="-900" y="-900" width="2000" height="2000" style="overflow:visible"><rect x="-10000" y="-10000" width="20000" height="20000" fill="#0f0"/></svg></svg>`,
};

const partner: PartnerForPrint = {
  id: 'fund',
  name: { kk: 'Қор', ru: 'Фонд', en: 'Fund', uz: 'Jamg‘arma' },
  logo: 'fund.svg',
  logoSvg: checkPartnerLogo(HARMLESS, 'fund.svg'),
  contacts: [{ ...publishedHotlines[0]!, id: 'local-87252000000', number: '87252000000', display: '87252000000' }],
};

/** The model with every logo's drawing replaced by `svg` (same box). */
function withLogo(model: PosterModel, svg: string): PosterModel {
  return {
    ...model,
    pages: model.pages.map((page) => ({
      ...page,
      items: page.items.map((item) => (item.kind === 'logo' ? { ...item, svg } : item)),
    })),
  };
}

/** The logo boxes of a page in pixels, one pixel wider on each side for antialiasing. */
function logoBoxes(model: PosterModel, pixelsPerMm: number, pageTop = 0) {
  return model.pages[0]!.items.flatMap((item) =>
    item.kind === 'logo'
      ? [
          {
            left: Math.floor(item.x * pixelsPerMm) - 1,
            top: Math.floor((pageTop + item.y) * pixelsPerMm) - 1,
            right: Math.ceil((item.x + item.width) * pixelsPerMm) + 1,
            bottom: Math.ceil((pageTop + item.y + item.height) * pixelsPerMm) + 1,
          },
        ]
      : [],
  );
}

/** Pixels that differ between two images, split into inside and outside the given boxes. */
function differences(a: PNG, b: PNG, boxes: ReturnType<typeof logoBoxes>) {
  let inside = 0;
  let outside = 0;
  for (let y = 0; y < a.height; y += 1)
    for (let x = 0; x < a.width; x += 1) {
      const at = (y * a.width + x) * 4;
      if (a.data.readUInt32BE(at) === b.data.readUInt32BE(at)) continue;
      if (boxes.some((box) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom)) inside += 1;
      else outside += 1;
    }
  return { inside, outside };
}

/** The number runs of the first page, to show the comparison covers them. */
function numbersOf(model: PosterModel) {
  return model.pages[0]!.items.filter((item) => item.kind === 'text' && item.role === 'number');
}

describe("a partner's logo stays in its box", async () => {
  const a4 = POSTER_FORMATS.find((format) => format.id === 'a4')!;
  const model = buildPosterModel(await posterContent('kk', SITE, partner), a4);
  const width = 420;
  const pixelsPerMm = width / model.pages[0]!.width;
  const boxes = logoBoxes(model, pixelsPerMm);
  const harmless = rasteriseSvgText(renderPosterSvg(model), width);

  it('the poster has a logo and national numbers outside its box', () => {
    expect(boxes).toHaveLength(1);
    expect(numbersOf(model).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(ATTACKS))('on the SVG poster: %s changes no pixel outside the box', (_, svg) => {
    const attacked = rasteriseSvgText(renderPosterSvg(withLogo(model, svg)), width);
    const { inside, outside } = differences(harmless, attacked, boxes);
    expect(inside, 'the attacking logo is drawn (inside its box)').toBeGreaterThan(0);
    expect(outside).toBe(0);
  });

  it.each(Object.entries(ATTACKS))('in the PDF: %s changes no pixel outside the box', async (_, svg) => {
    const folder = mkdtempSync(join(tmpdir(), 'logo-clip-'));
    try {
      const render = async (m: PosterModel, name: string) => {
        const file = join(folder, name);
        writeFileSync(file, await renderPosterPdf(m, a4, new Date('2026-01-01T00:00:00Z')));
        return rasterisePdf(file, 36)[0]!;
      };
      const plain = await render(model, 'plain.pdf');
      const attacked = await render(withLogo(model, svg), 'attacked.pdf');
      const { inside, outside } = differences(plain, attacked, logoBoxes(model, 36 / 25.4));
      expect(inside, 'the attacking logo is drawn (inside its box)').toBeGreaterThan(0);
      expect(outside).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
