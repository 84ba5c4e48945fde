import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import jsQR from 'jsqr';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { getDocumentProxy } from 'unpdf';

/** One run of text as a PDF reader sees it; lengths in millimetres, `y` the baseline from the top. */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

const MM_PER_POINT = 25.4 / 72;

/** The text runs of each page of a PDF and its metadata, extracted with pdf.js (through unpdf). */
export async function readPdf(file: string): Promise<{ pages: PdfTextRun[][]; metadata: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const pages: PdfTextRun[][] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const height = page.view[3] ?? 0;
    const content = await page.getTextContent();
    pages.push(
      content.items.flatMap((item) => {
        if (!('str' in item) || !item.str.trim()) return [];
        const [, , c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
        return [
          {
            text: item.str,
            x: e * MM_PER_POINT,
            y: (height - f) * MM_PER_POINT,
            width: item.width * MM_PER_POINT,
            size: Math.hypot(c, d) * MM_PER_POINT,
          },
        ];
      }),
    );
  }
  const { info } = await pdf.getMetadata();
  await pdf.cleanup();
  return { pages, metadata: JSON.stringify(info) };
}

/** Every page of a PDF as pixels, drawn by poppler's pdftoppm (installed by .ci/run). */
export function rasterisePdf(file: string, dpi: number): PNG[] {
  const folder = mkdtempSync(join(tmpdir(), 'pdf-pages-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, join(folder, 'page')]);
    return readdirSync(folder)
      .sort()
      .map((name) => PNG.sync.read(readFileSync(join(folder, name))));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** An SVG as pixels, drawn by resvg at `width` pixels wide. */
export function rasteriseSvg(file: string, width: number): PNG {
  return rasteriseSvgText(readFileSync(file, 'utf8'), width);
}

/** SVG markup as pixels, drawn by resvg at `width` pixels wide. */
export function rasteriseSvgText(svg: string, width: number): PNG {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render();
  return PNG.sync.read(png.asPng());
}

/** The text of the QR code in a region of an image (the whole image by default), or undefined. */
export function decodeQr(
  image: PNG,
  region = { x: 0, y: 0, width: image.width, height: image.height },
): string | undefined {
  const pixels = new Uint8ClampedArray(region.width * region.height * 4);
  for (let row = 0; row < region.height; row += 1) {
    const start = ((region.y + row) * image.width + region.x) * 4;
    pixels.set(image.data.subarray(start, start + region.width * 4), row * region.width * 4);
  }
  return jsQR(pixels, region.width, region.height)?.data;
}

/** The height of Noto Sans Bold's digits as a share of its size, read from the font itself. */
export function digitHeightRatio(): number {
  const require = createRequire(import.meta.url);
  const face = fontkit.openSync(
    require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  ) as fontkit.Font;
  return face.capHeight / face.unitsPerEm;
}
