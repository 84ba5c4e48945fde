import sharp from 'sharp';
import { cachedRender } from '~/cache/renderCache';
import { renderFingerprint } from '~/cache/renderFingerprint';
import { allHotlines } from '~/data/hotlines';
import type { PartnerForPrint } from '~/data/partners';
import type { Locale } from '~/i18n/locales';
import { posterContent } from '~/campaign/posterContent';
import { POSTER_FONT_FILES } from '~/campaign/posterFonts';
import { type PosterFileType, type PosterFormat } from '~/campaign/posterFormats';
import { buildPosterModel, type PosterModel } from '~/campaign/posterModel';
import { renderPosterPdf } from '~/campaign/renderPosterPdf';
import { renderPosterSvg } from '~/campaign/renderPosterSvg';
import { renderPosterThumbnail } from '~/campaign/renderPosterThumbnail';

export interface CampaignFile {
  data: Uint8Array;
  /** Pixel size, for the previews. */
  width?: number;
  height?: number;
}

const models = new Map<string, Promise<PosterModel>>();
const files = new Map<string, Promise<CampaignFile>>();

/**
 * The fixed date written into the PDFs: the latest help-line check. It changes only when the
 * numbers are checked again, so rebuilding the same content gives byte-identical files.
 */
async function dataDate(): Promise<Date> {
  const checks = allHotlines.map((line) => line.lastChecked.getTime());
  return new Date(Math.max(...checks));
}

let fingerprint: string | undefined;

/**
 * What every campaign file depends on besides its model: the libraries that draw it, the fonts,
 * and the source of the layout and renderers (this folder, the partner-logo embedding, escapeXml).
 */
function campaignFingerprint(): string {
  fingerprint ??= renderFingerprint({
    packages: ['pdfkit', '@resvg/resvg-js', 'sharp', 'qrcode', 'fontkit'],
    fonts: Object.values(POSTER_FONT_FILES),
    sources: {
      ...import.meta.glob<string>('/src/campaign/*.ts', { query: '?raw', import: 'default', eager: true }),
      ...import.meta.glob<string>('/src/partners/*.ts', { query: '?raw', import: 'default', eager: true }),
      ...import.meta.glob<string>('/src/utils/escapeXml.ts', { query: '?raw', import: 'default', eager: true }),
    },
  });
  return fingerprint;
}

function posterModel(lang: Locale, format: PosterFormat, site: URL, partner?: PartnerForPrint): Promise<PosterModel> {
  const key = `${partner?.id ?? ''}/${lang}/${format.id}`;
  let model = models.get(key);
  if (!model) {
    model = posterContent(lang, site, partner).then((content) => buildPosterModel(content, format));
    models.set(key, model);
  }
  return model;
}

/** Draws one file from its model (PDF, SVG, or a preview of the SVG). */
async function drawCampaignFile(model: PosterModel, format: PosterFormat, type: PosterFileType, date: Date) {
  if (type === 'pdf') return new Uint8Array(await renderPosterPdf(model, format, date));
  const svg = renderPosterSvg(model);
  if (type === 'svg') return new TextEncoder().encode(svg);
  return renderPosterThumbnail(svg, type.endsWith('2x') ? 2 : 1, type.startsWith('avif') ? 'avif' : 'png');
}

/**
 * One campaign file, rendered once per build (the endpoint serves it, the kit page weighs it),
 * and kept between builds in the render cache, keyed by its whole model (every word, number,
 * position and the QR code's address), its format, the PDF date and campaignFingerprint():
 * the site's own, or a partner's co-branded version.
 */
export function getCampaignFile(
  lang: Locale,
  format: PosterFormat,
  type: PosterFileType,
  site: URL,
  partner?: PartnerForPrint,
): Promise<CampaignFile> {
  const key = `${partner?.id ?? ''}/${lang}/${format.id}/${type}`;
  let file = files.get(key);
  if (!file) {
    file = (async () => {
      const model = await posterModel(lang, format, site, partner);
      const date = await dataDate();
      const inputs = { model, format, type, date: date.toISOString(), fingerprint: campaignFingerprint() };
      const data = await cachedRender('campaign', inputs, () => drawCampaignFile(model, format, type, date));
      if (type === 'pdf' || type === 'svg') return { data };
      const { width, height } = await sharp(data).metadata();
      return { data, width, height };
    })();
    files.set(key, file);
  }
  return file;
}
