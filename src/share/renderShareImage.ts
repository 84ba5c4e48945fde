import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { loadShareFonts, SHARE_FONT_FAMILIES } from '~/share/loadShareFonts';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/** A satori element without JSX. */
function element(type: string, style: Record<string, unknown>, children: unknown) {
  return { type, props: { style, children } };
}

/**
 * A 1200×630 PNG for Open Graph and Twitter cards: the page title in its language on the site's
 * calm accent colour, the site name above. No photographs, nothing sensational.
 */
export async function renderShareImage({
  title,
  siteName,
  footer,
}: {
  title: string;
  siteName: string;
  footer: string;
}) {
  const fontSize = title.length > 90 ? 52 : title.length > 55 ? 62 : 74;
  const tree = element(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#0b5c6b',
      color: '#ffffff',
      fontFamily: SHARE_FONT_FAMILIES.join(', '),
    },
    [
      element('div', { display: 'flex', width: '100%', fontSize: 34, fontWeight: 700, opacity: 0.9 }, siteName),
      element('div', { display: 'flex', width: '100%', fontSize, fontWeight: 700, lineHeight: 1.15 }, title),
      element(
        'div',
        { display: 'flex', width: '100%', fontSize: 30, borderTop: '3px solid rgba(255,255,255,0.6)', paddingTop: 20 },
        footer,
      ),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts: await loadShareFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE_WIDTH } }).render().asPng();
}
