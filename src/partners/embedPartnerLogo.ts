/** Where a logo goes, in the units of the drawing it goes into. */
export interface LogoBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * A checked logo (checkPartnerLogo.ts) placed in its box so that it cannot draw outside it,
 * whatever the file holds: it goes in as an image, not as markup, so its ids cannot meet the
 * poster's and a viewer that opens the poster runs nothing and loads nothing from it; and a clip
 * path cuts whatever the image would paint beyond the box (resvg, unlike browsers, does not clip
 * an SVG image to its box by itself). `clipId` must be unique in the drawing.
 */
export function embedPartnerLogo(svg: string, box: LogoBox, clipId: string): string {
  const place = `x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}"`;
  const href = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return (
    `<clipPath id="${clipId}"><rect ${place}/></clipPath>` +
    `<g clip-path="url(#${clipId})"><image ${place} preserveAspectRatio="xMidYMid meet" href="${href}"/></g>`
  );
}

/** The logo alone, clipped to its box, as a drawing `width` × `height` (for the PDF, which rasterises it). */
export function partnerLogoDocument(svg: string, width: number, height: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}">` +
    `${embedPartnerLogo(svg, { x: 0, y: 0, width, height }, 'logo')}</svg>`
  );
}
