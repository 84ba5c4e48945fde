import { z } from 'astro/zod';
import { authorTextSchema, textSchema } from './shared.ts';

/**
 * One preferred term and the forms to avoid, in one language: an entry of
 * `content/terms/<lang>.yaml`. The terminology test fails when an avoided form appears in any
 * content or UI string of that language.
 */
export const termSchema = z
  .object({
    /** The glossary id where one exists, else a short English key (`caregiver`, `kazakhstani-citizens`). */
    concept: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII letters, digits and hyphens'),
    /** The form to write instead. */
    preferred: textSchema,
    /**
     * Forms to avoid. Each matches at the start of a word, case-insensitively, so inflected forms
     * are caught (`опекун` catches `опекуна`); a space matches any run of spaces.
     */
    avoid: z.array(textSchema).min(1, 'must list at least one form to avoid'),
    /** `true`: avoid forms match whole words only (`Kazakh` but not `Kazakhstan`). */
    wholeWord: z.boolean().default(false),
    /** Why, in one line, for the person who meets the failure (never shown to readers: quotes allowed). */
    note: authorTextSchema,
  })
  .strict();

/** A whole terms file: a list of terms. */
export const termsFileSchema = z.array(termSchema).min(1, 'must list at least one term');

export type TermEntry = z.infer<typeof termSchema>;
