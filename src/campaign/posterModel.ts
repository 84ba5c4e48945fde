import type { PosterColour } from '~/campaign/posterColours';
import type { PosterContent, PosterLine } from '~/campaign/posterContent';
import type { PartnerLogo } from '~/partners/checkPartnerLogo';
import { capHeightRatio, measureText, wrapText, type PosterWeight } from '~/campaign/posterFonts';
import type { PosterFormat } from '~/campaign/posterFormats';

/**
 * A poster as a list of things to draw, in millimetres from the top-left corner of its page.
 * The PDF and SVG renderers only draw these items; every layout decision is made here once.
 * `role` marks what tests look for (numbers, their labels, the preview band, the partner line).
 */
export type PosterItem =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: PosterColour }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; colour: PosterColour }
  | {
      kind: 'text';
      /** Left edge and baseline of one line of text (lines are broken here, never by a renderer). */
      x: number;
      y: number;
      text: string;
      size: number;
      weight: PosterWeight;
      colour: PosterColour;
      role?: 'number' | 'label' | 'band' | 'address' | 'partner';
    }
  | { kind: 'qr'; x: number; y: number; size: number; url: string }
  /** A partner's logo (checked SVG), drawn inside its box. */
  | { kind: 'logo'; x: number; y: number; width: number; height: number; svg: string };

type TextItem = Extract<PosterItem, { kind: 'text' }>;

export interface PosterPage {
  width: number;
  height: number;
  items: PosterItem[];
}

export interface PosterModel {
  lang: string;
  title: string;
  author: string;
  /** Posters: one page. The wallet card: its front and its back, each card-sized. */
  pages: PosterPage[];
}

/** The smallest font size whose digits stand `digitHeight` tall. */
export function numberFontSize(digitHeight: number): number {
  return digitHeight / capHeightRatio('bold');
}

/** Collects items top to bottom, tracking the next free line. */
class Column {
  readonly items: PosterItem[] = [];
  constructor(public y: number) {}

  /** Wrapped text from the current position; returns its lines' items. */
  text(
    text: string,
    options: { x: number; width: number; size: number; weight: PosterWeight; colour: PosterColour; leading?: number },
  ) {
    const leading = options.leading ?? 1.25;
    const lines = wrapText(text, options.weight, options.size, options.width);
    // Each line's box is `leading` sizes tall, with the capitals centred in it.
    const firstBaseline = this.y + ((leading + capHeightRatio(options.weight)) * options.size) / 2;
    const added: TextItem[] = lines.map((line, index) => ({
      kind: 'text',
      x: options.x,
      y: firstBaseline + index * options.size * leading,
      text: line,
      size: options.size,
      weight: options.weight,
      colour: options.colour,
    }));
    this.items.push(...added);
    this.y += lines.length * options.size * leading;
    return added;
  }

  gap(mm: number) {
    this.y += mm;
  }
}

/** The band across the top of every preview file: full width, in the file's language. */
function previewBand(column: Column, band: string, width: number, size: number) {
  const top = column.y;
  const index = column.items.length;
  column.gap(size * 0.5);
  const lines = column.text(band, { x: size, width: width - 2 * size, size, weight: 'bold', colour: 'ink' });
  for (const line of lines) line.role = 'band';
  column.gap(size * 0.5);
  column.items.splice(index, 0, { kind: 'rect', x: 0, y: top, width, height: column.y - top, fill: 'highlight' });
}

/**
 * One number with its label beside it: the label's lines centred on the digits, or, when they
 * are taller than the digits, starting level with them. The number is its own text item, so it
 * reads as one number and never runs into the next.
 */
function numberRow(
  column: Column,
  line: PosterLine,
  place: { x: number; numberSize: number; numberWidth: number; labelSize: number; right: number },
) {
  const digitHeight = capHeightRatio('bold') * place.numberSize;
  const labelCap = capHeightRatio('regular') * place.labelSize;
  const labelX = place.x + place.numberWidth + place.labelSize;
  const lines = wrapText(line.name, 'regular', place.labelSize, place.right - labelX);
  const leading = place.labelSize * 1.2;
  const labelHeight = (lines.length - 1) * leading + labelCap;
  const top = column.y;
  const baseline = top + digitHeight;
  const firstBaseline = top + Math.max(0, (digitHeight - labelHeight) / 2) + labelCap;
  column.items.push({
    kind: 'text',
    x: place.x,
    y: baseline,
    text: line.number,
    size: place.numberSize,
    weight: 'bold',
    colour: 'danger',
    role: 'number',
  });
  lines.forEach((text, index) =>
    column.items.push({
      kind: 'text',
      x: labelX,
      y: firstBaseline + index * leading,
      text,
      size: place.labelSize,
      weight: 'regular',
      colour: 'ink',
      role: 'label',
    }),
  );
  column.y = top + Math.max(digitHeight, labelHeight) + place.numberSize * 0.3;
}

/** The width of the widest number, so every label starts at the same place. */
function widestNumber(content: PosterContent, size: number): number {
  return Math.max(
    ...content.groups.flatMap((group) => group.lines.map((line) => measureText(line.number, 'bold', size))),
  );
}

/** Fails the build, naming the file, when text would run off the page. */
function assertFits(column: Column, height: number, what: string) {
  if (column.y > height)
    throw new Error(`${what}: the text is ${Math.round(column.y - height)} mm too long for the page; shorten it`);
}

/** A logo's box: `height` tall, narrower when the logo is wide, never wider than `maxWidth`. */
function logoBox(logo: PartnerLogo, height: number, maxWidth: number) {
  const width = Math.min(maxWidth, (height * logo.width) / logo.height);
  return { width, height: (width * logo.height) / logo.width };
}

/** The partner's logo with its name beside it ("Partner organisation: …"), from the current line. */
function partnerRow(
  column: Column,
  partner: NonNullable<PosterContent['partner']>,
  place: { x: number; right: number; logoHeight: number; maxLogoWidth: number; size: number },
) {
  const top = column.y;
  const box = logoBox(partner.logo, place.logoHeight, place.maxLogoWidth);
  column.items.push({ kind: 'logo', x: place.x, y: top, ...box, svg: partner.logo.svg });
  const textX = place.x + box.width + place.size;
  const text = new Column(0);
  const lines = text.text(partner.line, {
    x: textX,
    width: place.right - textX,
    size: place.size,
    weight: 'bold',
    colour: 'ink',
    leading: 1.2,
  });
  // The name's lines are centred on the logo.
  const shift = top + Math.max(0, (box.height - text.y) / 2);
  for (const line of lines) column.items.push({ ...line, y: line.y + shift, role: 'partner' });
  column.y = top + Math.max(box.height, text.y);
}

/** An A4 poster (A3 is the same poster scaled up, numbers included). */
function posterPage(content: PosterContent, format: PosterFormat): PosterPage {
  const width = 210;
  const height = 297;
  const margin = 14;
  const inner = width - 2 * margin;
  const column = new Column(0);
  if (content.previewBand) previewBand(column, content.previewBand, width, 6);

  const headerTop = column.y;
  column.gap(9);
  column.text(content.siteName, { x: margin, width: inner, size: 6, weight: 'bold', colour: 'on-strong' });
  column.gap(2);
  column.text(content.headline, {
    x: margin,
    width: inner,
    size: 13,
    weight: 'bold',
    colour: 'on-strong',
    leading: 1.15,
  });
  column.gap(6);
  column.items.unshift({ kind: 'rect', x: 0, y: headerTop, width, height: column.y - headerTop, fill: 'accent' });

  column.gap(8);
  column.text(content.lead, { x: margin, width: inner, size: 7, weight: 'regular', colour: 'ink', leading: 1.3 });

  const numberSize = numberFontSize(format.minNumberMm * (210 / format.widthMm)) * 1.02;
  const numberWidth = widestNumber(content, numberSize);
  for (const group of content.groups) {
    column.gap(7);
    const [label] = column.text(group.label, { x: margin, width: inner, size: 7.5, weight: 'bold', colour: 'ink' });
    if (label) label.role = 'label';
    column.gap(3);
    for (const line of group.lines)
      numberRow(column, line, { x: margin, numberSize, numberWidth, labelSize: 7, right: width - margin });
  }
  // A partner's local numbers: smaller than the national ones, which stay first and unchanged.
  const local = content.partner?.contacts ?? [];
  if (content.partner && local.length > 0) {
    column.gap(3);
    const [label] = column.text(content.partner.contactsLabel, {
      x: margin,
      width: inner,
      size: 7.5,
      weight: 'bold',
      colour: 'ink',
    });
    if (label) label.role = 'label';
    column.gap(2);
    const localSize = numberFontSize(5);
    const localWidth = Math.max(...local.map((line) => measureText(line.number, 'bold', localSize)));
    for (const line of local)
      numberRow(column, line, {
        x: margin,
        numberSize: localSize,
        numberWidth: localWidth,
        labelSize: 6,
        right: width - margin,
      });
  }

  // With local numbers the QR code gives up some room; 34 mm still scans from a metre away.
  column.gap(local.length > 0 ? 5 : 8);
  const qrSize = local.length > 0 ? 34 : 50;
  const qrTop = column.y;
  column.items.push({ kind: 'qr', x: margin, y: qrTop, size: qrSize, url: content.helpUrl });
  const side = new Column(qrTop + 2);
  const sideX = margin + qrSize + 8;
  side.text(content.scan, { x: sideX, width: width - margin - sideX, size: 6, weight: 'bold', colour: 'ink' });
  side.gap(3);
  for (const line of side.text(content.helpAddress, {
    x: sideX,
    width: width - margin - sideX,
    size: 9,
    weight: 'bold',
    colour: 'accent',
    leading: 1.15,
  }))
    line.role = 'address';
  // The partner signs the poster beside the QR code: its logo, then its name.
  if (content.partner) {
    side.gap(4);
    partnerRow(side, content.partner, { x: sideX, right: width - margin, logoHeight: 10, maxLogoWidth: 45, size: 5.5 });
  }
  column.items.push(...side.items);
  column.y = Math.max(qrTop + qrSize, side.y);

  assertFits(column, height - margin - 6, `poster ${format.id} (${content.lang})`);
  // The credit line sits at the foot of the sheet, whatever the length of the text above.
  column.y = height - margin - 4;
  column.text(`${content.publisher} · ${content.licence}`, {
    x: margin,
    width: inner,
    size: 4,
    weight: 'regular',
    colour: 'ink',
  });
  return { width, height, items: column.items };
}

/** The wallet card's front: each number on its own row with its label. */
function cardFront(content: PosterContent, format: PosterFormat): PosterPage {
  const { widthMm: width, heightMm: height } = format;
  const margin = 4;
  const column = new Column(0);
  if (content.previewBand) previewBand(column, content.previewBand, width, 2.6);
  column.gap(3);
  // A partner's logo sits in the top corner; the site's name keeps the rest of the line.
  const logo = content.partner && logoBox(content.partner.logo, 7, 24);
  if (content.partner && logo)
    column.items.push({
      kind: 'logo',
      x: width - margin - logo.width,
      y: column.y,
      ...logo,
      svg: content.partner.logo.svg,
    });
  const nameWidth = width - 2 * margin - (logo ? logo.width + 2 : 0);
  const nameTop = column.y;
  column.text(content.siteName, { x: margin, width: nameWidth, size: 3.2, weight: 'bold', colour: 'accent' });
  if (logo) column.y = Math.max(column.y, nameTop + logo.height - 1);
  const numberSize = numberFontSize(format.minNumberMm) * 1.05;
  const numberWidth = widestNumber(content, numberSize);
  for (const group of content.groups) {
    column.gap(1.2);
    const [label] = column.text(group.label, {
      x: margin,
      width: width - 2 * margin,
      size: 2.8,
      weight: 'bold',
      colour: 'ink',
    });
    if (label) label.role = 'label';
    column.gap(1);
    for (const line of group.lines)
      numberRow(column, line, { x: margin, numberSize, numberWidth, labelSize: 2.6, right: width - margin });
  }
  assertFits(column, height, `wallet card front (${content.lang})`);
  return { width, height, items: column.items };
}

/** The wallet card's back: what to do in three lines, the QR code and the address to type. */
function cardBack(content: PosterContent, format: PosterFormat): PosterPage {
  const { widthMm: width, heightMm: height } = format;
  const margin = 4;
  const qrSize = 19;
  const column = new Column(0);
  if (content.previewBand) previewBand(column, content.previewBand, width, 2.6);
  column.gap(3);
  const top = column.y;
  const textWidth = width - 2 * margin - qrSize - 3;
  column.text(content.whatToDo.title, { x: margin, width: textWidth, size: 3.4, weight: 'bold', colour: 'ink' });
  for (const step of content.whatToDo.steps) {
    column.gap(1);
    column.text(step, { x: margin, width: textWidth, size: 2.7, weight: 'regular', colour: 'ink', leading: 1.2 });
  }
  column.items.push({ kind: 'qr', x: width - margin - qrSize, y: top, size: qrSize, url: content.helpUrl });
  column.y = Math.max(column.y, top + qrSize) + 2;
  for (const line of column.text(content.helpAddress, {
    x: margin,
    width: width - 2 * margin,
    size: 3.2,
    weight: 'bold',
    colour: 'accent',
    leading: 1.15,
  }))
    line.role = 'address';
  if (content.partner) {
    column.gap(0.8);
    for (const line of column.text(content.partner.line, {
      x: margin,
      width: width - 2 * margin,
      size: 2.6,
      weight: 'bold',
      colour: 'ink',
      leading: 1.15,
    }))
      line.role = 'partner';
  }
  assertFits(column, height - 1, `wallet card back (${content.lang})`);
  return { width, height, items: column.items };
}

/** Multiplies every length of a page, for a larger sheet of the same design. */
function scalePage(page: PosterPage, factor: number): PosterPage {
  const scale = (item: PosterItem): PosterItem => {
    switch (item.kind) {
      case 'rect':
      case 'logo':
        return {
          ...item,
          x: item.x * factor,
          y: item.y * factor,
          width: item.width * factor,
          height: item.height * factor,
        };
      case 'line':
        return {
          ...item,
          x1: item.x1 * factor,
          y1: item.y1 * factor,
          x2: item.x2 * factor,
          y2: item.y2 * factor,
          width: item.width * factor,
        };
      case 'text':
        return { ...item, x: item.x * factor, y: item.y * factor, size: item.size * factor };
      case 'qr':
        return { ...item, x: item.x * factor, y: item.y * factor, size: item.size * factor };
    }
  };
  return { width: page.width * factor, height: page.height * factor, items: page.items.map(scale) };
}

/** What a poster or card looks like, page by page. */
export function buildPosterModel(content: PosterContent, format: PosterFormat): PosterModel {
  const pages =
    format.id === 'card'
      ? [cardFront(content, format), cardBack(content, format)]
      : [scalePage(posterPage(content, format), format.widthMm / 210)];
  return { lang: content.lang, title: `${content.headline} — ${content.siteName}`, author: content.publisher, pages };
}

/** A card page repeated on a print sheet, with crop marks in the margins at every cut line. */
export function imposeOnSheet(
  page: PosterPage,
  sheet: { widthMm: number; heightMm: number; columns: number; rows: number },
): PosterPage {
  const left = (sheet.widthMm - sheet.columns * page.width) / 2;
  const top = (sheet.heightMm - sheet.rows * page.height) / 2;
  const items: PosterItem[] = [];
  for (let row = 0; row < sheet.rows; row += 1) {
    for (let col = 0; col < sheet.columns; col += 1) {
      const dx = left + col * page.width;
      const dy = top + row * page.height;
      for (const item of page.items) {
        if (item.kind === 'line')
          items.push({ ...item, x1: item.x1 + dx, y1: item.y1 + dy, x2: item.x2 + dx, y2: item.y2 + dy });
        else items.push({ ...item, x: item.x + dx, y: item.y + dy });
      }
    }
  }
  // Marks stop 1.5 mm short of the cards, so a slightly off cut never shows them.
  const mark = (x1: number, y1: number, x2: number, y2: number) =>
    items.push({ kind: 'line', x1, y1, x2, y2, width: 0.2, colour: 'ink' });
  for (let col = 0; col <= sheet.columns; col += 1) {
    const x = left + col * page.width;
    mark(x, top - 1.5, x, Math.max(0, top - 7));
    mark(x, top + sheet.rows * page.height + 1.5, x, Math.min(sheet.heightMm, top + sheet.rows * page.height + 7));
  }
  for (let row = 0; row <= sheet.rows; row += 1) {
    const y = top + row * page.height;
    mark(left - 1.5, y, Math.max(0, left - 9), y);
    mark(left + sheet.columns * page.width + 1.5, y, Math.min(sheet.widthMm, left + sheet.columns * page.width + 9), y);
  }
  return { width: sheet.widthMm, height: sheet.heightMm, items };
}
