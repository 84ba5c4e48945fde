import type { APIRoute, GetStaticPaths } from 'astro';
import QRCode from 'qrcode';
import type { Hotline } from '~/schemas/hotline';
import { publishedHotlines } from '~/data/hotlines';

/** A QR code per published line that dials it (`tel:` URI), drawn as SVG at build time. */
export const getStaticPaths = (async () =>
  publishedHotlines.map((line) => ({
    params: { id: line.id },
    props: { line },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ line: Hotline }> = async ({ props }) => {
  const svg = await QRCode.toString(`tel:${props.line.number}`, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
