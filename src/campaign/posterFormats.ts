/** Printed formats of the campaign material, in millimetres. */
export const POSTER_FORMATS = [
  { id: 'a4', widthMm: 210, heightMm: 297, label: 'poster.a4' },
  { id: 'a3', widthMm: 297, heightMm: 420, label: 'poster.a3' },
  { id: 'card', widthMm: 85, heightMm: 55, label: 'poster.card' },
] as const;

export type PosterFormat = (typeof POSTER_FORMATS)[number];
export type PosterFileType = 'pdf' | 'svg';

/** The file name of a poster, stable across builds: `poster-a4-kk.pdf`. */
export function posterFileName(format: PosterFormat, lang: string, type: PosterFileType): string {
  return `${format.id === 'card' ? 'card' : `poster-${format.id}`}-${lang}.${type}`;
}
