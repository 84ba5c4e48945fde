import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { posterColours } from '~/campaign/posterColours';
import { POSTER_FONT_FILES } from '~/campaign/posterFonts';
import type { PosterFormat } from '~/campaign/posterFormats';
import { imposeOnSheet, type PosterModel, type PosterPage } from '~/campaign/posterModel';
import { partnerLogoDocument } from '~/partners/embedPartnerLogo';

const POINTS_PER_MM = 72 / 25.4;

/** Draws a QR code as filled squares, so it stays sharp at any print size. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number, colour: string) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  doc.save().fillColor(colour);
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) doc.rect(x + column * cell, y + row * cell, cell, cell);
    }
  }
  doc.fill().restore();
}

/** Pixels per inch of a partner's logo in the PDF: print quality at any poster size. */
const LOGO_DPI = 600;

/**
 * A partner's logo as PNG at print resolution, exactly the size of its box. pdfkit cannot draw
 * SVG; resvg renders the checked logo the same way on every machine (no text, no external files:
 * checkPartnerLogo.ts), embedded and clipped as on the SVG posters (embedPartnerLogo.ts).
 */
function logoPng(svg: string, widthMm: number, heightMm: number): Buffer {
  const pixels = Math.max(1, Math.round((widthMm / 25.4) * LOGO_DPI));
  return new Resvg(partnerLogoDocument(svg, widthMm, heightMm), {
    fitTo: { mode: 'width', value: pixels },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
}

/** Draws one page of the model; every length is in millimetres, scaled once to points. */
function drawPage(doc: PDFKit.PDFDocument, page: PosterPage) {
  const colours = posterColours();
  doc.addPage({ size: [page.width * POINTS_PER_MM, page.height * POINTS_PER_MM], margin: 0 });
  doc.save().scale(POINTS_PER_MM);
  for (const item of page.items) {
    if (item.kind === 'rect') doc.rect(item.x, item.y, item.width, item.height).fill(colours[item.fill]);
    else if (item.kind === 'line')
      doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.width).stroke(colours[item.colour]);
    else if (item.kind === 'qr') drawQr(doc, item.url, item.x, item.y, item.size, colours.ink);
    else if (item.kind === 'logo')
      // Clipped to its box as well: nothing of the logo reaches the numbers.
      doc
        .save()
        .rect(item.x, item.y, item.width, item.height)
        .clip()
        .image(logoPng(item.svg, item.width, item.height), item.x, item.y, { width: item.width, height: item.height })
        .restore();
    else
      // One text call per model line: each number stays a text run of its own.
      doc
        .font(item.weight)
        .fontSize(item.size)
        .fillColor(colours[item.colour])
        .text(item.text, item.x, item.y, { lineBreak: false, baseline: 'alphabetic' });
  }
  doc.restore();
}

/**
 * A print-ready PDF of a poster, or of the wallet card imposed on A4 (fronts, then backs, with
 * crop marks). Noto Sans is embedded from a full TTF and subset by pdfkit, which keeps the Kazakh
 * letters. The dates are fixed so that two builds produce the same bytes.
 */
export function renderPosterPdf(model: PosterModel, format: PosterFormat, date: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    lang: model.lang,
    info: { Title: model.title, Author: model.author, CreationDate: date, ModDate: date },
  });
  doc.registerFont('regular', POSTER_FONT_FILES.regular).registerFont('bold', POSTER_FONT_FILES.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const sheet = 'sheet' in format ? format.sheet : undefined;
  for (const page of model.pages) drawPage(doc, sheet ? imposeOnSheet(page, sheet) : page);
  doc.end();
  return done;
}
