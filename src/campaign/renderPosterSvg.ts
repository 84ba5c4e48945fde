import QRCode from 'qrcode';
import { posterColours } from '~/campaign/posterColours';
import { posterFont } from '~/campaign/posterFonts';
import type { PosterItem, PosterModel } from '~/campaign/posterModel';
import { embedPartnerLogo } from '~/partners/embedPartnerLogo';
import { escapeXml } from '~/utils/escapeXml';

/** Gap between the pages of a multi-page model (the card's front and back) in the SVG. */
const PAGE_GAP = 5;
const round = (value: number) => Math.round(value * 100) / 100;

/** One line of text as glyph outlines, so the file needs no font to open or edit. */
function textPath(item: Extract<PosterItem, { kind: 'text' }>, top: number): string {
  const face = posterFont(item.weight);
  const scale = item.size / face.unitsPerEm;
  const run = face.layout(item.text);
  let x = item.x;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index];
    const outline = glyph.path
      .scale(scale, -scale)
      .translate(x + (position?.xOffset ?? 0) * scale, top + item.y - (position?.yOffset ?? 0) * scale)
      .toSVG();
    if (outline) parts.push(outline);
    x += (position?.xAdvance ?? glyph.advanceWidth) * scale;
  });
  return parts.join('');
}

/** The QR code's dark modules as one path of unit squares. */
function qrPath(item: Extract<PosterItem, { kind: 'qr' }>, top: number): string {
  const { modules } = QRCode.create(item.url, { errorCorrectionLevel: 'M' });
  const cell = item.size / modules.size;
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row += 1)
    for (let column = 0; column < modules.size; column += 1)
      if (modules.get(row, column))
        parts.push(
          `M${round(item.x + column * cell)} ${round(top + item.y + row * cell)}h${round(cell)}v${round(cell)}h${-round(cell)}z`,
        );
  return parts.join('');
}

/**
 * The poster as an SVG in millimetres, drawn from the same model as the PDF: for previews and
 * for NGOs who edit designs. A card shows its front above its back, each outlined for cutting.
 */
export function renderPosterSvg(model: PosterModel): string {
  const colours = posterColours();
  const width = Math.max(...model.pages.map((page) => page.width));
  const height = model.pages.reduce((sum, page) => sum + page.height, 0) + PAGE_GAP * (model.pages.length - 1);
  const body: string[] = [];
  let top = 0;
  let logos = 0;
  for (const page of model.pages) {
    body.push(`<rect x="0" y="${top}" width="${page.width}" height="${page.height}" fill="${colours.raised}"/>`);
    for (const item of page.items) {
      if (item.kind === 'rect')
        body.push(
          `<rect x="${round(item.x)}" y="${round(top + item.y)}" width="${round(item.width)}" height="${round(item.height)}" fill="${colours[item.fill]}"/>`,
        );
      else if (item.kind === 'line')
        body.push(
          `<path d="M${round(item.x1)} ${round(top + item.y1)}L${round(item.x2)} ${round(top + item.y2)}" stroke="${colours[item.colour]}" stroke-width="${item.width}"/>`,
        );
      else if (item.kind === 'logo')
        // The checked logo, as an image clipped to its box: it cannot cover the numbers.
        body.push(embedPartnerLogo(item.svg, { ...item, y: top + item.y }, `partner-logo-${(logos += 1)}`));
      else if (item.kind === 'qr')
        // crispEdges: no antialiased seams between modules, which can confuse a scanner.
        body.push(`<path d="${qrPath(item, top)}" fill="${colours.ink}" shape-rendering="crispEdges"/>`);
      else
        body.push(
          `<path d="${textPath(item, top)}" fill="${colours[item.colour]}"><title>${escapeXml(item.text)}</title></path>`,
        );
    }
    if (model.pages.length > 1)
      body.push(
        `<rect x="0" y="${top}" width="${page.width}" height="${page.height}" fill="none" stroke="${colours.line}" stroke-width="0.3"/>`,
      );
    top += page.height + PAGE_GAP;
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}mm" height="${height}mm" viewBox="0 0 ${width} ${height}" lang="${escapeXml(model.lang)}">` +
    `<title>${escapeXml(model.title)}</title>${body.join('')}</svg>`
  );
}
