import sharp from 'sharp';

/** The raster formats an upload may be, by file extension. */
const FORMAT_BY_EXTENSION = { '.jpg': 'jpeg', '.jpeg': 'jpeg', '.png': 'png', '.webp': 'webp' } as const;
type RasterFormat = (typeof FORMAT_BY_EXTENSION)[keyof typeof FORMAT_BY_EXTENSION];

/** Larger images are refused rather than decoded (a decompression bomb must not stall the build). */
const MAX_PIXELS = 40_000_000;

/** The format an upload's name promises, or undefined if it is no raster image this site accepts. */
export function rasterFormatOf(file: string): RasterFormat | undefined {
  const extension = /\.[^./\\]+$/.exec(file.toLowerCase())?.[0] ?? '';
  return (FORMAT_BY_EXTENSION as Record<string, RasterFormat>)[extension];
}

/**
 * An uploaded image, decoded and encoded again in the format its name promises: only pixels pass.
 * Everything else in the file goes, which is the point: EXIF (camera, date, GPS position of
 * where a photo was taken), XMP, IPTC, comments, colour profiles (converted to sRGB), and any
 * bytes hidden after the image. The orientation is applied to the pixels first, so the photo
 * still stands the right way up. A file that is not the image its name says fails, naming it.
 */
export async function reencodeImage(input: Buffer, file: string): Promise<Buffer> {
  const format = rasterFormatOf(file);
  if (!format)
    throw new Error(
      `${file}: only JPEG, PNG and WebP images may be uploaded (an SVG logo goes to content/partners/ and is checked there; other files are not published)`,
    );
  let found: string | undefined;
  try {
    found = (await sharp(input, { limitInputPixels: MAX_PIXELS }).metadata()).format;
  } catch (error) {
    throw new Error(`${file}: is not a readable image (${error instanceof Error ? error.message : String(error)})`);
  }
  if (found !== format)
    throw new Error(`${file}: is named as a ${format.toUpperCase()} image but is ${found ?? 'not an image'}`);
  try {
    return await sharp(input, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
      .rotate()
      .toFormat(format, format === 'png' ? { compressionLevel: 9 } : { quality: 85 })
      .toBuffer();
  } catch (error) {
    throw new Error(
      `${file}: the image could not be decoded (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
