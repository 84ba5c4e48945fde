import { cachedRender } from '~/cache/renderCache';
import { renderFingerprint } from '~/cache/renderFingerprint';
import { SHARE_FONT_FILES } from '~/share/loadShareFonts';
import { renderShareImage } from '~/share/renderShareImage';

type ShareImageText = Parameters<typeof renderShareImage>[0];

let fingerprint: string | undefined;

/**
 * What every share image depends on besides its text: satori and resvg, the fonts, and this
 * folder's source (the template). Computed once per build.
 */
export function shareImageFingerprint(): string {
  fingerprint ??= renderFingerprint({
    packages: ['satori', '@resvg/resvg-js'],
    fonts: Object.values(SHARE_FONT_FILES),
    sources: import.meta.glob<string>('/src/share/*.ts', { query: '?raw', import: 'default', eager: true }),
  });
  return fingerprint;
}

/**
 * A page's share image, drawn only if no image of the same text was drawn by an earlier build with
 * the same fonts, template and libraries: a changed title redraws its own image and no other.
 */
export function cachedShareImage(text: ShareImageText, folder?: string): Promise<Uint8Array> {
  return cachedRender('share', { text, fingerprint: shareImageFingerprint() }, () => renderShareImage(text), folder);
}
