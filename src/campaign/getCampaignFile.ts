import { allHotlines } from '~/data/hotlines';
import type { Locale } from '~/i18n/locales';
import { type PosterFileType, type PosterFormat } from '~/campaign/posterFormats';
import { posterContent } from '~/campaign/posterContent';
import { renderPosterPdf } from '~/campaign/renderPosterPdf';
import { renderPosterSvg } from '~/campaign/renderPosterSvg';

const cache = new Map<string, Promise<Uint8Array>>();

/**
 * The fixed date written into the PDFs: the latest help-line check. It changes only when the
 * numbers are checked again, so rebuilding the same content gives byte-identical files.
 */
async function dataDate(): Promise<Date> {
  const checks = allHotlines.map((line) => line.lastChecked.getTime());
  return new Date(Math.max(...checks));
}

/** One campaign file, rendered once per build (the endpoint serves it, the kit page weighs it). */
export function getCampaignFile(
  lang: Locale,
  format: PosterFormat,
  type: PosterFileType,
  site: URL,
): Promise<Uint8Array> {
  const key = `${lang}/${format.id}/${type}`;
  let file = cache.get(key);
  if (!file) {
    file = (async () => {
      const content = await posterContent(lang, site);
      if (type === 'svg') return new TextEncoder().encode(await renderPosterSvg(content, format));
      return new Uint8Array(await renderPosterPdf(content, format, await dataDate()));
    })();
    cache.set(key, file);
  }
  return file;
}
