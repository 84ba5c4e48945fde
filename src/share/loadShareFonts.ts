import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Noto Sans for share images: the same full TrueType files the poster PDFs embed
 * (@expo-google-fonts/noto-sans, no network at build), so one font package serves both. A full
 * file holds Latin, Cyrillic and the Kazakh letters (қ ң ә ө ғ ү ұ һ і) at once.
 */
export const SHARE_FONT_FAMILIES = ['Noto Sans'];

/** The font files, by weight (the share-image cache key hashes their bytes). */
export const SHARE_FONT_FILES = {
  400: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  700: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
} as const;

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

export function loadShareFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Noto Sans',
      data: await readFile(require.resolve(SHARE_FONT_FILES[weight])),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}
