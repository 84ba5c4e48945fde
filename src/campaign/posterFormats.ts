/**
 * Printed formats of the campaign material, in millimetres. `minNumberMm` is the smallest height
 * a help-line number's digits may have (15 mm on A4, scaled with the sheet for A3). The wallet
 * card is printed several to an A4 sheet (`sheet`), fronts on page 1 and backs on page 2.
 */
export const POSTER_FORMATS = [
  { id: 'a4', widthMm: 210, heightMm: 297, minNumberMm: 15, label: 'poster.a4' },
  // A3 is the A4 design scaled up: it shares the A4 preview image.
  { id: 'a3', widthMm: 297, heightMm: 420, minNumberMm: 15 * (297 / 210), label: 'poster.a3', previewAs: 'a4' },
  {
    id: 'card',
    widthMm: 85,
    heightMm: 55,
    minNumberMm: 5,
    label: 'poster.card',
    sheet: { widthMm: 210, heightMm: 297, columns: 2, rows: 5 },
  },
] as const;

export type PosterFormat = (typeof POSTER_FORMATS)[number];
/**
 * The kit page's preview images: AVIF (about a third smaller than the best PNG of these flat
 * pictures) and PNG for browsers without AVIF (Safari before 16.4, i.e. iPhones left on iOS 15).
 * `…2x`: twice the pixels, for screens with two pixels per CSS pixel.
 */
export const PREVIEW_TYPES = ['avif', 'avif2x', 'png', 'png2x'] as const;
export type PreviewType = (typeof PREVIEW_TYPES)[number];
export type PosterFileType = 'pdf' | 'svg' | PreviewType;

/** The MIME type each campaign file is served with. */
export const POSTER_CONTENT_TYPES: Record<PosterFileType, string> = {
  pdf: 'application/pdf',
  svg: 'image/svg+xml',
  avif: 'image/avif',
  avif2x: 'image/avif',
  png: 'image/png',
  png2x: 'image/png',
};

/** The format whose preview image a format shows (its own, unless it is another's design scaled). */
export function previewFormat(format: PosterFormat): PosterFormat {
  const shared = 'previewAs' in format ? POSTER_FORMATS.find((other) => other.id === format.previewAs) : undefined;
  return shared ?? format;
}

/** The file name of a poster, stable across builds: `poster-a4-kk.pdf`, `card-kk.svg`, `card-kk@2x.avif`. */
export function posterFileName(format: PosterFormat, lang: string, type: PosterFileType): string {
  const name = `${format.id === 'card' ? 'card' : `poster-${format.id}`}-${lang}`;
  return type.endsWith('2x') ? `${name}@2x.${type.slice(0, -2)}` : `${name}.${type}`;
}
