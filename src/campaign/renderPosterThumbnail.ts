import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';

/**
 * Width of the kit page's previews, in CSS pixels. 180 keeps both previews at twice the pixels
 * (AVIF, about 16 KB together) inside the page's 28 KiB budget; the full files are one click away.
 */
export const THUMBNAIL_WIDTH = 180;

/**
 * A small preview of a poster's SVG for the kit page (`scale` 2: twice the pixels, for sharper
 * screens). AVIF at quality 30 keeps the large numbers and the QR code legible at about 5 KB; the
 * PNG, for browsers without AVIF, uses a 16-colour palette (flat colours), about 6 KB.
 */
export async function renderPosterThumbnail(svg: string, scale: 1 | 2, encoding: 'avif' | 'png'): Promise<Uint8Array> {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: THUMBNAIL_WIDTH * scale } }).render().asPng();
  const image = sharp(png);
  const encoded =
    encoding === 'avif'
      ? image.avif({ quality: 30, effort: 4 })
      : image.png({ palette: true, colours: 16, compressionLevel: 9, effort: 10 });
  return new Uint8Array(await encoded.toBuffer());
}
