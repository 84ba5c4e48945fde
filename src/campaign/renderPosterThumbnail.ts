import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';

/** Width of the kit page's previews, in pixels (they are shown at most about this wide). */
export const THUMBNAIL_WIDTH = 240;

/**
 * A small WebP preview of a poster's SVG for the kit page: a few kilobytes instead of the full
 * file. Its width and height are returned so the page can reserve the space.
 */
export async function renderPosterThumbnail(svg: string): Promise<{ data: Uint8Array; width: number; height: number }> {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: THUMBNAIL_WIDTH } }).render();
  const data = await sharp(png.asPng()).webp({ quality: 55, effort: 6 }).toBuffer();
  return { data: new Uint8Array(data), width: png.width, height: png.height };
}
