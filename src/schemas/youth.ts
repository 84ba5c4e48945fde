import { z } from 'astro/zod';
import { OFFER_SIGN_LEVELS, type OfferResult } from '../constants.ts';
import { isoDateSchema, textSchema, translatedFromSchema } from './shared.ts';

/** One yes/no question of the offer check: a recognised recruitment red flag. */
const offerQuestionSchema = z
  .object({
    /** Asked so that "yes" is the warning answer. */
    question: textSchema,
    /** One line on why it matters. */
    why: textSchema,
    /**
     * How strongly a "yes" warns: `serious` (a kept passport, a secret, a debt, a lie about age…)
     * gives the strongest advice on its own, whatever the other answers; `caution` otherwise.
     * The same in every language (tests/content/offer-check.test.ts).
     */
    severity: z.enum(OFFER_SIGN_LEVELS, {
      error: `must be one of ${OFFER_SIGN_LEVELS.join(', ')}: how strongly a "yes" to this question warns`,
    }),
    /** Set on a translation: the source version it was made from (npm run check:translations). */
    translatedFrom: translatedFromSchema,
  })
  .strict();

/** What to do next, for one result of the check. */
const offerResultSchema = z
  .object({
    /** When this result applies, as the printed key says it ("“Yes” to a question marked ⚠"). */
    label: textSchema,
    /** What to do next. The line to call is added from content/hotlines.yaml, never typed here. */
    text: textSchema,
  })
  .strict();

/**
 * The self-check: every word of it lives here, so a new language needs a new content file and no
 * code. The result follows the most serious sign answered "yes" (utils/scoreOffer.ts), never a count.
 */
const offerCheckSchema = z
  .object({
    /** The words of the two answers. */
    yes: textSchema,
    no: textSchema,
    questions: z
      .array(offerQuestionSchema)
      .min(8)
      .max(16)
      .refine((questions) => questions.some((item) => item.severity === 'serious'), {
        error: 'at least one question must have severity: serious',
      }),
    /** Said to screen readers at each serious question, in place of the ⚠ mark. */
    seriousMark: textSchema,
    /** Heading of the printed key to the answers. */
    keyTitle: textSchema,
    /** One result per level of constants.ts OFFER_RESULTS, strongest first as in the printed key. */
    results: z
      .object({
        serious: offerResultSchema,
        caution: offerResultSchema,
        noSign: offerResultSchema,
      } satisfies Record<OfferResult, typeof offerResultSchema>)
      .strict(),
    /** Heading of the live result (shown with JavaScript). */
    resultTitle: textSchema,
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
