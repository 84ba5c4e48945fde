import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';

/** Width of the kit page's previews, in pixels (they are shown at most about this wide). */
export const THUMBNAIL_WIDTH = 240;

/**
 * A small PNG preview of a poster's SVG for the kit page: flat colours, so a 16-colour palette
 * keeps it sharp at about 6 KB (`scale` 2: the same at twice the pixels, for sharper screens). Its
 * width and height are returned so the page reserves the space.
 */
export async function renderPosterThumbnail(
  svg: string,
  scale: 1 | 2 = 1,
): Promise<{ data: Uint8Array; width: number; height: number }> {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: THUMBNAIL_WIDTH * scale } }).render();
  const data = await sharp(png.asPng()).png({ palette: true, colours: 16, compressionLevel: 9, effort: 10 }).toBuffer();
  return { data: new Uint8Array(data), width: png.width, height: png.height };
}
