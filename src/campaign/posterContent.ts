import type { Locale } from '~/i18n/locales';
import { localizedPath } from '~/i18n/paths';
import { useTranslations } from '~/i18n/translate';
import type { UIKey } from '~/i18n/ui/types';
import { siteConfig } from '~/siteConfig';
import { linesFor } from '~/data/hotlinePlacements';
import type { PartnerForPrint } from '~/data/partners';
import type { PartnerLogo } from '~/partners/checkPartnerLogo';

/**
 * The numbers printed material carries (`posters` in content/hotline-placements.yaml),
 * grouped the same way: 112 and 102 when someone is in danger, 111 for advice.
 */
const POSTER_NUMBER_GROUPS: { label: UIKey; tier: string }[] = [
  { label: 'helpStrip.danger', tier: 'emergency' },
  { label: 'helpStrip.advice', tier: 'support' },
];

/** One help line as printed: the number and what it is for. */
export interface PosterLine {
  number: string;
  name: string;
}

/**
 * What a poster or card says, in one language, and where its QR code leads. Everything printed
 * comes from here, so a co-branded version adds its fields (a partner's name and logo beside the
 * national numbers) here and in the model, not in either renderer.
 */
export interface PosterContent {
  lang: Locale;
  siteName: string;
  publisher: string;
  headline: string;
  lead: string;
  groups: { label: string; lines: PosterLine[] }[];
  scan: string;
  /** Where the QR code leads: the Get help page. */
  helpUrl: string;
  /** The same address as people type it: no scheme, no trailing slash (`example.org/kk/help`). */
  helpAddress: string;
  /** The card's back: what to do, in three short lines. */
  whatToDo: { title: string; steps: string[] };
  licence: string;
  /** Set in a preview build: the band saying the file is not for printing. */
  previewBand: string | undefined;
  /** A partner's co-branded version: its name and logo, and its verified local numbers. */
  partner?: { line: string; logo: PartnerLogo; contactsLabel: string; contacts: PosterLine[] };
}

/**
 * Poster text from the dictionaries and the published help lines; the QR leads to Get help.
 * With a partner, the same poster adds its name, logo and local numbers; the national numbers
 * stay as they are.
 */
export async function posterContent(lang: Locale, site: URL, partner?: PartnerForPrint): Promise<PosterContent> {
  const t = useTranslations(lang);
  const groups = POSTER_NUMBER_GROUPS.map((group) => ({
    label: t(group.label),
    lines: linesFor('posters')
      .filter((line) => line.tier === group.tier)
      .map((line) => ({ number: line.display, name: line.name[lang] })),
  })).filter((group) => group.lines.length > 0);
  if (groups.length === 0)
    throw new Error('src/campaign/posterContent.ts: none of the printed help lines is published');
  const helpUrl = new URL(localizedPath(lang, '/help/'), site).href;
  return {
    lang,
    siteName: t('site.name'),
    publisher: siteConfig.publisherName[lang] ?? t('site.name'),
    headline: t('poster.headline'),
    lead: t('poster.lead'),
    groups,
    scan: t('poster.scan'),
    helpUrl,
    helpAddress: helpUrl.replace(/^https?:\/\//, '').replace(/\/$/, ''),
    whatToDo: { title: t('card.backTitle'), steps: [t('card.step1'), t('card.step2'), t('card.step3')] },
    licence: 'CC BY 4.0',
    previewBand: siteConfig.preview ? t('publish.previewBand') : undefined,
    ...(partner && {
      partner: {
        line: t('poster.partner', { name: partner.name[lang] }),
        logo: partner.logoSvg,
        contactsLabel: t('poster.partnerContacts'),
        contacts: partner.contacts.map((line) => ({ number: line.display, name: line.name[lang] })),
      },
    }),
  };
}
