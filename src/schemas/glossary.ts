import { z } from 'astro/zod';
import { LOCALE_INFO, LOCALES, type Locale } from '../i18n/locales.ts';
import { SLUG_PATTERN, textSchema } from './shared.ts';

const termInOneLanguage = z
  .object({
    /** The term as written in running text of that language. */
    term: textSchema,
    /** One plain-language sentence. */
    definition: textSchema,
  })
  .strict();

/**
 * One glossary term, required in every language of `LOCALES` except those still being added
 * (`partial` in locales.ts), whose readers see the term in their fallback language,
 * marked: `content/glossary.yaml`.
 */
export const glossarySchema = z
  .object({
    /** ASCII id, used in anchors (`/glossary/#id`) and in `<Term id>`. */
    id: z.string().regex(SLUG_PATTERN, 'must be lower-case ASCII letters, digits and hyphens'),
    ...(Object.fromEntries(
      LOCALES.map((lang) => [lang, LOCALE_INFO[lang].partial ? termInOneLanguage.optional() : termInOneLanguage]),
    ) as Record<Locale, z.ZodOptional<typeof termInOneLanguage>>),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossarySchema>;
