import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Noto Sans for share images, bundled from @fontsource (no network at build). Each subset file
 * gets its own family name: satori uses only the first file of a family, and Kazakh letters
 * (қ ң ә ө ғ ү ұ һ і) live in cyrillic-ext. Images list every family in `fontFamily`.
 */
export const SHARE_FONT_FAMILIES = ['Noto Latin', 'Noto Latin Ext', 'Noto Cyrillic', 'Noto Cyrillic Ext'];

const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

export function loadShareFonts() {
  fonts ??= Promise.all(
    SUBSETS.flatMap((subset, index) =>
      ([400, 700] as const).map(async (weight) => ({
        name: SHARE_FONT_FAMILIES[index] ?? subset,
        data: await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      })),
    ),
  );
  return fonts;
}
