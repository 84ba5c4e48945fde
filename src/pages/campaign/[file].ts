import type { APIRoute, GetStaticPaths } from 'astro';
import { getCampaignFile } from '~/campaign/getCampaignFile';
import {
  POSTER_CONTENT_TYPES,
  POSTER_FORMATS,
  posterFileName,
  PREVIEW_TYPES,
  previewFormat,
  type PosterFileType,
  type PosterFormat,
} from '~/campaign/posterFormats';
import { LOCALES, type Locale } from '~/i18n/locales';

/**
 * Posters and wallet cards, each language and size, as PDF and SVG (`/campaign/poster-a4-kk.pdf`),
 * plus the small previews the kit page shows (one per design: A3 shows A4's), AVIF and PNG, at 1x and 2x.
 */
export const getStaticPaths = (() =>
  LOCALES.flatMap((lang) =>
    POSTER_FORMATS.flatMap((format) =>
      (previewFormat(format) === format ? (['pdf', 'svg', ...PREVIEW_TYPES] as const) : (['pdf', 'svg'] as const)).map(
        (type) => ({
          params: { file: posterFileName(format, lang, type) },
          props: { lang, format, type },
        }),
      ),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Locale; format: PosterFormat; type: PosterFileType }> = async ({
  props,
  site,
  url,
}) => {
  const file = await getCampaignFile(props.lang, props.format, props.type, site ?? url);
  return new Response(Buffer.from(file.data), { headers: { 'Content-Type': POSTER_CONTENT_TYPES[props.type] } });
};
