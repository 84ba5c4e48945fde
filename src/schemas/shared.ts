import { z } from 'astro/zod';
import { LOCALES } from '../i18n/locales.ts';

/** Lower-case ASCII letters, digits and single hyphens: the same slug names an entry in every language. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A calendar date written `YYYY-MM-DD`. YAML may hand it over already parsed as a Date; a string
 * in any other form, or an impossible date such as 2026-02-30, is rejected.
 */
export const isoDateSchema = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: 'must be a date written YYYY-MM-DD' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
      .refine((text) => {
        const date = new Date(`${text}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
      }, 'is not a real calendar date'),
  )
  .transform((text) => new Date(`${text}T00:00:00Z`))
  // The content editor shows it as a date picker (src/cms/schemaToFields.ts).
  .meta({ format: 'date' });

/**
 * Control characters (C0 and C1, line breaks included: a stray CR can start a new line in a vCard)
 * and the bidi controls that can reorder what a reader sees (a number printed backwards).
 */
const INVISIBLE_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** `<`, `>` and `"`: markup, which has no place in a line of plain text copied into other sites' pages. */
const MARKUP = /[<>"]/;

/**
 * A non-empty line of plain text without control or bidi characters: for text only authors read
 * (the terms files' notes). Everything readers see uses `textSchema`.
 */
export const authorTextSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((text) => !INVISIBLE_CONTROL.test(text), 'must not contain control characters or bidi controls');

/**
 * A non-empty line of plain text, as pages, vCards, posters and the NGOs' embed snippet print it:
 * no control or bidi characters, no markup characters (typographic quotes « », “ ” are fine).
 */
export const textSchema = authorTextSchema.refine(
  (text) => !MARKUP.test(text),
  'must not contain <, > or " (use typographic quotes « » or “ ”)',
);

/** The same short text in each of the site's languages. */
export const localizedTextSchema = z.object(
  Object.fromEntries(LOCALES.map((lang) => [lang, textSchema])) as Record<(typeof LOCALES)[number], typeof textSchema>,
);

/** A public source a fact rests on. */
export const sourceSchema = z
  .object({
    /** What the reader sees: publisher and title. */
    title: textSchema,
    /** The address of the source: https only (http shows the reader's network what they read). */
    url: z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'must be a full web address (https://…)' }),
  })
  .strict();

/** The "Use in class" box of a story or an explainer. */
export const classroomSchema = z
  .object({
    /** Suitable ages, for example `14–17`. */
    ages: z.string().regex(/^\d{1,2}[–-]\d{1,2}$/, 'must be an age range such as 14–17'),
    /** Exactly three open questions for discussion. */
    questions: z.array(textSchema).length(3, 'must list exactly three questions'),
  })
  .strict();

/**
 * The slug of an entry of another collection. Schemas check only its form; whether the entry
 * exists is checked against the files by `checkEntryReferences` (see `content.config.ts`).
 */
export const entrySlugSchema = z.string().regex(SLUG_PATTERN, 'must be the slug of an entry (lower-case ASCII)');

/**
 * Which version of the source a translation was made from (see src/cms/translationStatus.ts):
 * the source language, `@`, and the first 8 hex digits of the SHA-256 of the source file,
 * as `npm run check:translations` and /admin/translations/ show it: `kk@3f9a1c02`.
 */
export const translatedFromSchema = z
  .string()
  .regex(
    new RegExp(`^(${LOCALES.join('|')})@[0-9a-f]{8}$`),
    'must be the source language and version, such as kk@3f9a1c02 (npm run check:translations shows it)',
  )
  .optional();
