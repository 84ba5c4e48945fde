import type { APIRoute, GetStaticPaths } from 'astro';
import { getCampaignFile } from '~/campaign/getCampaignFile';
import {
  POSTER_CONTENT_TYPES,
  POSTER_FORMATS,
  posterFileName,
  type PosterFileType,
  type PosterFormat,
} from '~/campaign/posterFormats';
import { partners, type PartnerForPrint } from '~/data/partners';
import { LOCALES, type Locale } from '~/i18n/locales';

/**
 * Each partner's co-branded posters and wallet cards, every language and size, as PDF and SVG
 * (`/campaign/partners/<id>/poster-a4-kk.pdf`), and its checked logo (`logo.svg`) for the kit page.
 */
export const getStaticPaths = (() =>
  partners.flatMap((partner) => [
    { params: { partner: partner.id, file: 'logo.svg' }, props: { partner } },
    ...LOCALES.flatMap((lang) =>
      POSTER_FORMATS.flatMap((format) =>
        (['pdf', 'svg'] as const).map((type) => ({
          params: { partner: partner.id, file: posterFileName(format, lang, type) },
          props: { partner, lang, format, type },
        })),
      ),
    ),
  ])) satisfies GetStaticPaths;

type Props = { partner: PartnerForPrint } & Partial<{ lang: Locale; format: PosterFormat; type: PosterFileType }>;

export const GET: APIRoute<Props> = async ({ props, site, url }) => {
  const { partner, lang, format, type } = props;
  if (!lang || !format || !type)
    return new Response(partner.logoSvg.svg, { headers: { 'Content-Type': POSTER_CONTENT_TYPES.svg } });
  const file = await getCampaignFile(lang, format, type, site ?? url, partner);
  return new Response(Buffer.from(file.data), { headers: { 'Content-Type': POSTER_CONTENT_TYPES[type] } });
};
