import { allHotlines } from '~/data/hotlines';
import type { PartnerForPrint } from '~/data/partners';
import type { Locale } from '~/i18n/locales';
import { posterContent } from '~/campaign/posterContent';
import { type PosterFileType, type PosterFormat } from '~/campaign/posterFormats';
import { buildPosterModel, type PosterModel } from '~/campaign/posterModel';
import { renderPosterPdf } from '~/campaign/renderPosterPdf';
import { renderPosterSvg } from '~/campaign/renderPosterSvg';
import { renderPosterThumbnail } from '~/campaign/renderPosterThumbnail';

export interface CampaignFile {
  data: Uint8Array;
  /** Pixel size, for the PNG preview. */
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

function posterModel(lang: Locale, format: PosterFormat, site: URL, partner?: PartnerForPrint): Promise<PosterModel> {
  const key = `${partner?.id ?? ''}/${lang}/${format.id}`;
  let model = models.get(key);
  if (!model) {
    model = posterContent(lang, site, partner).then((content) => buildPosterModel(content, format));
    models.set(key, model);
  }
  return model;
}

/**
 * One campaign file, rendered once per build (the endpoint serves it, the kit page weighs it):
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
      if (type === 'pdf') return { data: new Uint8Array(await renderPosterPdf(model, format, await dataDate())) };
      const svg = renderPosterSvg(model);
      if (type === 'svg') return { data: new TextEncoder().encode(svg) };
      return renderPosterThumbnail(svg, type === 'png2x' ? 2 : 1);
    })();
    files.set(key, file);
  }
  return file;
}
