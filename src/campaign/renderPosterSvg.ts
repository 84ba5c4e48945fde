import QRCode from 'qrcode';
import satori from 'satori';
import { loadShareFonts, SHARE_FONT_FAMILIES } from '~/share/loadShareFonts';
import type { PosterFormat } from '~/campaign/posterFormats';
import type { PosterContent } from '~/campaign/posterContent';

const INK = '#1c2126';
const ACCENT = '#0b5c6b';
const DANGER = '#a4161a';

function element(
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
  extra: Record<string, unknown> = {},
) {
  return { type, props: { style, children, ...extra } };
}

/**
 * The same poster as an SVG (text drawn as outlines by satori, so it needs no font to open):
 * for previews on the kit page and for NGOs who edit designs. Sized in millimetres.
 */
export async function renderPosterSvg(content: PosterContent, format: PosterFormat): Promise<string> {
  const width = format.widthMm * 4; // 4 px per mm: enough detail for outlines
  const height = format.heightMm * 4;
  const unit = width / 100;
  const qrSvg = await QRCode.toString(content.helpUrl, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  const qrSource = `data:image/svg+xml;base64,${Buffer.from(qrSvg).toString('base64')}`;
  const isCard = format.id === 'card';
  const numbers = content.groups.map((group) =>
    element('div', { display: 'flex', flexDirection: 'column', marginTop: (isCard ? 1.5 : 3) * unit }, [
      element(
        'div',
        { display: 'flex', fontSize: (isCard ? 4 : 4.2) * unit, fontWeight: 700, color: INK },
        group.label,
      ),
      ...(isCard
        ? [
            element(
              'div',
              { display: 'flex', fontSize: 9 * unit, fontWeight: 700, color: DANGER, lineHeight: 1.1 },
              group.lines.map((line) => line.number).join('  '),
            ),
          ]
        : group.lines.map((line) =>
            element('div', { display: 'flex', alignItems: 'center', marginTop: 1.5 * unit }, [
              element(
                'div',
                {
                  display: 'flex',
                  width: 20 * unit,
                  fontSize: 8.5 * unit,
                  fontWeight: 700,
                  color: DANGER,
                  lineHeight: 1.1,
                },
                line.number,
              ),
              element('div', { display: 'flex', flex: 1, fontSize: 3.1 * unit, color: INK }, line.name),
            ]),
          )),
    ]),
  );
  const qrSize = (isCard ? 22 : 24) * unit;
  const qrBlock = (withText: boolean) =>
    element('div', { display: 'flex', flexDirection: 'column', width: qrSize }, [
      element('img', { width: qrSize, height: qrSize }, undefined, { src: qrSource, width: qrSize, height: qrSize }),
      ...(withText
        ? [
            element(
              'div',
              { display: 'flex', fontSize: 2.9 * unit, fontWeight: 700, color: INK, marginTop: 2 * unit },
              content.scan,
            ),
            element(
              'div',
              { display: 'flex', fontSize: 2.3 * unit, color: ACCENT, marginTop: 1 * unit },
              content.helpUrl,
            ),
          ]
        : []),
    ]);
  const tree = isCard
    ? element(
        'div',
        {
          // satori sizes the content box: border and padding come on top of width and height.
          width: width - 13.6 * unit,
          height: height - 9.6 * unit,
          display: 'flex',
          flexDirection: 'column',
          background: '#ffffff',
          fontFamily: SHARE_FONT_FAMILIES.join(', '),
          border: `${unit * 0.8}px solid ${DANGER}`,
          padding: `${4 * unit}px ${6 * unit}px`,
        },
        [
          element('div', { display: 'flex', fontSize: 4.6 * unit, fontWeight: 700, color: ACCENT }, content.siteName),
          element(
            'div',
            { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', width: 84 * unit },
            [element('div', { display: 'flex', flexDirection: 'column' }, numbers), qrBlock(false)],
          ),
        ],
      )
    : element(
        'div',
        {
          width,
          height,
          display: 'flex',
          flexDirection: 'column',
          background: '#ffffff',
          fontFamily: SHARE_FONT_FAMILIES.join(', '),
        },
        [
          element(
            'div',
            { display: 'flex', flexDirection: 'column', background: ACCENT, color: '#fff', padding: 7 * unit },
            [
              element('div', { display: 'flex', fontSize: 4 * unit, fontWeight: 700 }, content.siteName),
              element('div', { display: 'flex', fontSize: 7.5 * unit, fontWeight: 700 }, content.headline),
            ],
          ),
          element('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: 7 * unit }, [
            element('div', { display: 'flex', fontSize: 3.6 * unit, color: INK }, content.lead),
            element('div', { display: 'flex', justifyContent: 'space-between', marginTop: 2 * unit }, [
              element('div', { display: 'flex', flexDirection: 'column', width: 60 * unit }, numbers),
              element('div', { display: 'flex', marginTop: 5 * unit }, [qrBlock(true)]),
            ]),
            element(
              'div',
              { display: 'flex', fontSize: 2.4 * unit, color: INK, marginTop: 'auto' },
              `${content.siteName} · ${content.licence}`,
            ),
          ]),
        ],
      );
  return satori(tree as Parameters<typeof satori>[0], { width, height, fonts: await loadShareFonts() });
}
