import { z } from 'astro/zod';
import { isoDateSchema, textSchema, translatedFromSchema } from './shared.ts';

/** A plain page such as About or Privacy: `content/pages/<lang>/<slug>.mdx`. */
export const pageSchema = z
  .object({
    /** The page title (h1 and `<title>`). */
    title: textSchema,
    /** One or two sentences for search results and share previews. */
    description: textSchema.max(320, 'must be at most 320 characters'),
    /** When the text was last checked. */
    reviewed: isoDateSchema,
    /** Set on a translation: the source version it was made from (npm run check:translations). */
    translatedFrom: translatedFromSchema,
  })
  .strict();
