import * as fontkit from 'fontkit';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The two faces every poster, card and their SVGs are set in: Noto Sans from full TTFs, which
 * hold every Kazakh letter. The PDF embeds them, the SVG draws their outlines, and the poster
 * model measures with them, so all three agree on where each line breaks.
 */
export const POSTER_FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
} as const;

export type PosterWeight = keyof typeof POSTER_FONT_FILES;

const faces = new Map<PosterWeight, fontkit.Font>();

/** The opened face of one weight (opened once per build). */
export function posterFont(weight: PosterWeight): fontkit.Font {
  let face = faces.get(weight);
  if (!face) {
    face = fontkit.openSync(POSTER_FONT_FILES[weight]) as fontkit.Font;
    faces.set(weight, face);
  }
  return face;
}

/** Width of `text` set at `size` (any unit: the result is in the same unit). */
export function measureText(text: string, weight: PosterWeight, size: number): number {
  const face = posterFont(weight);
  return (face.layout(text).advanceWidth / face.unitsPerEm) * size;
}

/** Height of a digit or capital at `size`, as a share of the size (Noto Sans: 0.714). */
export function capHeightRatio(weight: PosterWeight): number {
  const face = posterFont(weight);
  return face.capHeight / face.unitsPerEm;
}

/** Distance from the top of a line to its baseline, as a share of the size. */
export function ascentRatio(weight: PosterWeight): number {
  const face = posterFont(weight);
  return face.ascent / face.unitsPerEm;
}

/**
 * Breaks `text` into lines no wider than `width`, at spaces, and after "/" so a web address
 * breaks between its parts. A single word wider than `width` stays whole on its own line.
 */
export function wrapText(text: string, weight: PosterWeight, size: number, width: number): string[] {
  const pieces = text.match(/[^\s/]+\/?|\/|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line + piece;
    if (line.trim() && measureText(candidate.trimEnd(), weight, size) > width) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
