import { z } from 'astro/zod';
import { isoDateSchema, textSchema, translatedFromSchema } from '~/schemas/shared';

/** One yes/no question of the offer check: a recognised recruitment red flag. */
const offerQuestionSchema = z
  .object({
    /** Asked so that "yes" is the warning answer. */
    question: textSchema,
    /** One line on why it matters. */
    why: textSchema,
    /** Set on a translation: the source version it was made from (npm run check:translations). */
    translatedFrom: translatedFromSchema,
  })
  .strict();

/** What to do next for a number of "yes" answers, from `fromYes` up to the next band. */
const offerResultSchema = z
  .object({
    /** The smallest number of "yes" answers this advice is for. */
    fromYes: z.number().int().min(0),
    /** Short heading of the band, shown in the printed key ("1 or 2 “yes”"). */
    label: textSchema,
    /** What to do next. */
    text: textSchema,
  })
  .strict();

/**
 * The self-check: every word of it lives here, so a new language needs a new content file and no
 * code. `{yes}` and `{total}` in `count` are filled in by the page script.
 */
const offerCheckSchema = z
  .object({
    /** The words of the two answers. */
    yes: textSchema,
    no: textSchema,
    questions: z.array(offerQuestionSchema).min(8).max(12),
    /** Heading of the printed key to the answers. */
    keyTitle: textSchema,
    results: z
      .array(offerResultSchema)
      .min(2)
      .refine((bands) => bands[0]?.fromYes === 0, 'the first band must start at fromYes: 0')
      .refine(
        (bands) => bands.every((band, index) => index === 0 || band.fromYes > (bands[index - 1]?.fromYes ?? 0)),
        'bands must be in increasing order of fromYes',
      ),
    /** Heading of the live result (shown with JavaScript). */
    resultTitle: textSchema,
    /** The count line, with `{yes}` and `{total}`. */
    count: textSchema.refine((text) => text.includes('{yes}') && text.includes('{total}'), {
      error: 'must contain {yes} and {total}',
    }),
    /** Said plainly, in print and on screen: no checklist can prove an offer safe. */
    disclaimer: textSchema,
    /** The button that clears every answer. */
    clear: textSchema,
    /** What the page keeps: nothing (shown beside the form). */
    privacy: textSchema,
  })
  .strict();

/** A page for young people: `content/youth/<lang>/<slug>.mdx`. */
export const youthSchema = z
  .object({
    /** The page title (h1 and `<title>`). */
    title: textSchema,
    /** One or two sentences for search results and share previews. */
    description: textSchema.max(320, 'must be at most 320 characters'),
    /** When the text was last checked against its sources. */
    reviewed: isoDateSchema,
    /** A short, calm note shown before the text. */
    contentNote: textSchema.optional(),
    /** Only on the offer-check page. */
    offerCheck: offerCheckSchema.optional(),
    /** Set on a translation: the source version it was made from (npm run check:translations). */
    translatedFrom: translatedFromSchema,
  })
  .strict();

export type YouthData = z.infer<typeof youthSchema>;
export type OfferCheckData = z.infer<typeof offerCheckSchema>;
