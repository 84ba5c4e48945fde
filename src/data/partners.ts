import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkPartnerLogo, type PartnerLogo } from '../partners/checkPartnerLogo.ts';
import { partnerSchema, type Partner } from '../schemas/partner.ts';
import { CONTENT_ROOT } from './contentRoot.ts';
import { isPublished } from './hotlines.ts';
import { readDataList } from './readDataList.ts';

/** A partner as its posters show it: the checked logo, and only the contacts someone has verified. */
export interface PartnerForPrint extends Omit<Partner, 'contacts'> {
  logoSvg: PartnerLogo;
  contacts: Partner['contacts'];
}

/** Reads and checks a partner's logo file; the error names the file, or the entry and field when it is missing. */
function readLogo(partner: Partner, index: number): PartnerLogo {
  const path = join(CONTENT_ROOT, 'partners', partner.logo);
  const file = relative(process.cwd(), path) || path;
  if (!existsSync(path))
    throw new Error(
      `${relative(process.cwd(), join(CONTENT_ROOT, 'partners.yaml'))}: entry ${index + 1} (id "${partner.id}"): logo: ${file} does not exist`,
    );
  return checkPartnerLogo(readFileSync(path, 'utf8'), file);
}

/**
 * `content/partners.yaml`, read and validated once, logos checked: the organisations whose
 * co-branded posters the NGO page offers. None is an empty list (the page then says how to add one).
 * Unconfirmed contacts stay in the file for the people who verify them and are never printed.
 */
export const partners: readonly PartnerForPrint[] = readDataList('partners.yaml', partnerSchema).map(
  (partner, index) => ({
    ...partner,
    logoSvg: readLogo(partner, index),
    contacts: partner.contacts.filter(isPublished),
  }),
);
