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
/** `png2x`: the preview at twice the pixels, for screens with more than one pixel per CSS pixel. */
export type PosterFileType = 'pdf' | 'svg' | 'png' | 'png2x';

/** The format whose preview image a format shows (its own, unless it is another's design scaled). */
export function previewFormat(format: PosterFormat): PosterFormat {
  const shared = 'previewAs' in format ? POSTER_FORMATS.find((other) => other.id === format.previewAs) : undefined;
  return shared ?? format;
}

/** The file name of a poster, stable across builds: `poster-a4-kk.pdf`, `card-kk.svg`, `card-kk@2x.png`. */
export function posterFileName(format: PosterFormat, lang: string, type: PosterFileType): string {
  const name = `${format.id === 'card' ? 'card' : `poster-${format.id}`}-${lang}`;
  return type === 'png2x' ? `${name}@2x.png` : `${name}.${type}`;
}
