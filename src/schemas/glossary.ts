import { z } from 'astro/zod';
import { SLUG_PATTERN, textSchema } from './shared.ts';

const termInOneLanguage = z
  .object({
    /** The term as written in running text of that language. */
    term: textSchema,
    /** One plain-language sentence. */
    definition: textSchema,
  })
  .strict();

/** One glossary term, required in all three languages: `content/glossary.yaml`. */
export const glossarySchema = z
  .object({
    /** ASCII id, used in anchors (`/glossary/#id`) and in `<Term id>`. */
    id: z.string().regex(SLUG_PATTERN, 'must be lower-case ASCII letters, digits and hyphens'),
    kk: termInOneLanguage,
    ru: termInOneLanguage,
    en: termInOneLanguage,
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossarySchema>;
