import type { Locale } from '~/i18n/locales';
import { localizedPath } from '~/i18n/paths';
import { useTranslations } from '~/i18n/translate';
import { publishedHotlines } from '~/data/hotlines';

/** What a poster says, in one language, and where its QR code leads. */
export interface PosterContent {
  lang: Locale;
  siteName: string;
  headline: string;
  lead: string;
  groups: { label: string; lines: { number: string; name: string }[] }[];
  scan: string;
  helpUrl: string;
  licence: string;
}

/** Poster text from the dictionaries and the published help lines; the QR leads to Get help. */
export async function posterContent(lang: Locale, site: URL): Promise<PosterContent> {
  const t = useTranslations(lang);
  const lines = publishedHotlines;
  const group = (tier: string, label: string) => ({
    label,
    lines: lines.filter((line) => line.tier === tier).map((line) => ({ number: line.display, name: line.name[lang] })),
  });
  return {
    lang,
    siteName: t('site.name'),
    headline: t('poster.headline'),
    lead: t('poster.lead'),
    groups: [group('emergency', t('helpStrip.danger')), group('support', t('helpStrip.advice'))],
    scan: t('poster.scan'),
    helpUrl: new URL(localizedPath(lang, '/help/'), site).href,
    licence: 'CC BY 4.0',
  };
}
