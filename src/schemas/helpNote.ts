import { z } from 'astro/zod';
import { isoDateSchema, textSchema, translatedFromSchema } from './shared.ts';

/**
 * A note shown on one language's Get help page, under the introduction:
 * `content/help-notes/<lang>/<slug>.mdx`. Optional; a language adds one when its readers need
 * more than the lines themselves, for example when no line is known to answer in that language.
 */
export const helpNoteSchema = z
  .object({
    /** The note's heading (h2). */
    title: textSchema,
    /** When the text was last checked against the hotline data. */
    reviewed: isoDateSchema,
    /** Set on a translation: the source version it was made from (npm run check:translations). */
    translatedFrom: translatedFromSchema,
  })
  .strict();
