import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { PosterFormat } from '~/campaign/posterFormats';
import type { PosterContent } from '~/campaign/posterContent';

const require = createRequire(import.meta.url);
const REGULAR = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
const BOLD = require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf');
const POINTS_PER_MM = 72 / 25.4;
const INK = '#1c2126';
const ACCENT = '#0b5c6b';
const DANGER = '#a4161a';

/** Draws a QR code as filled squares, so it stays sharp at any print size. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  doc.save().fillColor('#000000');
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) doc.rect(x + column * cell, y + row * cell, cell, cell).fill();
    }
  }
  doc.restore();
}

/**
 * A print-ready PDF poster or card. Noto Sans is embedded from a full TTF and subset by pdfkit,
 * which keeps the Kazakh letters (pdf-lib's subsetting drops Cyrillic). The dates are fixed so
 * that two builds produce the same bytes.
 */
export function renderPosterPdf(content: PosterContent, format: PosterFormat, date: Date): Promise<Buffer> {
  const width = format.widthMm * POINTS_PER_MM;
  const height = format.heightMm * POINTS_PER_MM;
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    lang: content.lang,
    info: {
      Title: `${content.headline} — ${content.siteName}`,
      Author: content.siteName,
      CreationDate: date,
      ModDate: date,
    },
  });
  doc.registerFont('regular', REGULAR).registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const unit = width / 100; // everything scales with the sheet's width
  const margin = 7 * unit;
  const inner = width - 2 * margin;
  // pdfkit moves doc.y below each text it writes; layout follows the measured text, so long
  // Kazakh or Russian names push what follows down instead of overlapping it.
  if (format.id === 'card') {
    doc
      .rect(0, 0, width, height)
      .lineWidth(unit * 0.8)
      .stroke(DANGER);
    doc
      .font('bold')
      .fontSize(4.6 * unit)
      .fillColor(ACCENT)
      .text(content.siteName, margin, 4.5 * unit, { width: inner });
    let y = doc.y + 1.5 * unit;
    for (const group of content.groups) {
      doc
        .font('regular')
        .fontSize(4 * unit)
        .fillColor(INK)
        .text(group.label, margin, y, { width: 55 * unit });
      doc
        .font('bold')
        .fontSize(9 * unit)
        .fillColor(DANGER);
      doc.text(group.lines.map((line) => line.number).join('  '), margin, doc.y, { width: 55 * unit });
      y = doc.y + 1 * unit;
    }
    const qr = 22 * unit;
    drawQr(doc, content.helpUrl, width - margin - qr, height - 5 * unit - qr, qr);
  } else {
    doc.rect(0, 0, width, 34 * unit).fill(ACCENT);
    doc
      .font('bold')
      .fontSize(4 * unit)
      .fillColor('#ffffff')
      .text(content.siteName, margin, 5 * unit, { width: inner });
    doc
      .font('bold')
      .fontSize(7.5 * unit)
      .text(content.headline, margin, 11 * unit, { width: inner });
    doc
      .font('regular')
      .fontSize(3.6 * unit)
      .fillColor(INK)
      .text(content.lead, margin, 38 * unit, { width: inner });
    const column = 62 * unit;
    let y = doc.y + 4 * unit;
    const qrTop = y + 2 * unit;
    for (const group of content.groups) {
      doc
        .font('bold')
        .fontSize(4.2 * unit)
        .fillColor(INK)
        .text(group.label, margin, y, { width: column });
      y = doc.y + 1 * unit;
      for (const line of group.lines) {
        doc
          .font('bold')
          .fontSize(8.5 * unit)
          .fillColor(DANGER)
          .text(line.number, margin, y, { width: 19 * unit });
        const below = doc.y;
        doc
          .font('regular')
          .fontSize(3.1 * unit)
          .fillColor(INK)
          .text(line.name, margin + 20 * unit, y + 1.5 * unit, {
            width: column - 20 * unit,
          });
        y = Math.max(below, doc.y) + 1.5 * unit;
      }
      y += 2 * unit;
    }
    const qr = 23 * unit;
    const qrX = width - margin - qr;
    drawQr(doc, content.helpUrl, qrX, qrTop, qr);
    doc
      .font('bold')
      .fontSize(2.9 * unit)
      .fillColor(INK)
      .text(content.scan, qrX, qrTop + qr + 2 * unit, { width: qr });
    doc
      .font('regular')
      .fontSize(2.3 * unit)
      .fillColor(ACCENT)
      .text(content.helpUrl, qrX, doc.y + 1 * unit, { width: qr });
    doc
      .font('regular')
      .fontSize(2.4 * unit)
      .fillColor(INK);
    doc.text(`${content.siteName} · ${content.licence}`, margin, height - margin, { width: inner, lineBreak: false });
  }
  doc.end();
  return done;
}
