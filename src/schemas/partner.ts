import { z } from 'astro/zod';
import { hotlineSchema } from './hotline.ts';
import { localizedTextSchema, SLUG_PATTERN } from './shared.ts';

/** Posters have room for this many local contacts below the national numbers. */
export const MAX_PARTNER_CONTACTS = 2;

/**
 * A local contact of a partner: exactly a help line of content/hotlines.yaml (number format,
 * sources, verified status, checked-on date), printed on that partner's posters only (no surface
 * of content/hotline-placements.yaml can name it: it is not in hotlines.yaml).
 */
const partnerContactSchema = hotlineSchema;

/**
 * A partner organisation: `content/partners.yaml`, its logo beside it in `content/partners/`.
 * Its posters and wallet cards carry its name and logo next to the national numbers.
 */
export const partnerSchema = z
  .object({
    /** Stable id: the folder of its files (`/campaign/partners/<id>/poster-a4-kk.pdf`). */
    id: z.string().regex(SLUG_PATTERN, 'must be lower-case ASCII letters, digits and hyphens'),
    /** The organisation's name in each language, as it writes it. */
    name: localizedTextSchema,
    /** The file name of its logo, an SVG in content/partners/ (checked: src/partners/checkPartnerLogo.ts). */
    logo: z
      .string()
      .regex(/^[a-z0-9-]+\.svg$/, 'must be the file name of an SVG in content/partners/, such as sana.svg'),
    /** Local contacts; only verified ones are printed. */
    contacts: z
      .array(partnerContactSchema)
      .max(MAX_PARTNER_CONTACTS, `must list at most ${MAX_PARTNER_CONTACTS} contacts: posters have room for that many`)
      .default([]),
  })
  .strict();

export type Partner = z.infer<typeof partnerSchema>;
