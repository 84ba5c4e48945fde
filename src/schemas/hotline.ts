import { z } from 'astro/zod';
import { isoDateSchema, localizedTextSchema, sourceSchema, textSchema } from './shared.ts';

/** Who a line is for. */
export const AUDIENCES = ['anyone', 'children', 'parents', 'migrants', 'professionals'] as const;

/** How a line can be reached. */
export const CHANNEL_TYPES = ['call', 'text', 'qr', 'messenger'] as const;

/**
 * Where a line is shown: `emergency` first ("in immediate danger"), then `support` (advice),
 * then `other-emergency` (fire, ambulance, gas), listed on the Get help page only.
 */
export const HOTLINE_TIERS = ['emergency', 'support', 'other-emergency'] as const;

/** What a call costs, as far as the sources say (see `cost` below). */
export const HOTLINE_COSTS = ['free', 'partly-free', 'paid', 'unknown'] as const;

/** Digits only, as dialled: 3 to 15 digits (short numbers and full international numbers). */
const dialledNumberSchema = z
  .string()
  .regex(/^\d{3,15}$/, 'must be the number as dialled: 3 to 15 digits, nothing else');

/** One help line: `content/hotlines.yaml`. Numbers and facts live here once; only labels are translated. */
export const hotlineSchema = z
  .object({
    /** Stable id used by `<Hotline id>` and file names (`112`, `111`). */
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case ASCII letters, digits and hyphens'),
    /** The number as dialled, used in `tel:` links. */
    number: dialledNumberSchema,
    /** The number as people write it (`116 16`); the same digits as `number`. */
    display: z.string().regex(/^\d[\d ]*\d$/, 'must be digits, optionally grouped with single spaces'),
    tier: z.enum(HOTLINE_TIERS),
    /** Ways to reach the line, with their targets (a number, a URL). */
    channels: z
      .array(z.object({ type: z.enum(CHANNEL_TYPES), target: textSchema }).strict())
      .min(1, 'must list at least one channel'),
    /** The line's name in each language. */
    name: localizedTextSchema,
    /** One line on what it is for. */
    description: localizedTextSchema,
    /** Who answers, where the sources say so. */
    operator: localizedTextSchema.optional(),
    /**
     * `free` only where a source says calls are free from any phone (landline and mobile);
     * `partly-free` where a source says free from some phones only (the card then shows just
     * `costNote`, which must say which); `unknown` unless a source says free or paid.
     */
    cost: z.enum(HOTLINE_COSTS),
    /** Only what a source says (for example "free from landlines; mobiles not confirmed"). */
    costNote: localizedTextSchema.optional(),
    /** `24/7` where a source says so; otherwise omit. */
    hours: z.literal('24/7').optional(),
    /** Languages the operators speak, where a source says so (ISO 639-1 codes). */
    languages: z.array(z.enum(['kk', 'ru', 'en', 'uz', 'ky', 'tg'])).optional(),
    audiences: z.array(z.enum(AUDIENCES)).min(1, 'must name at least one audience'),
    /** What happens when you call: anonymity and confidentiality as the sources describe them. */
    whatHappens: localizedTextSchema.optional(),
    /**
     * What the sources do not confirm, said plainly under the description (for example that the
     * line is only confirmed as working some years ago).
     */
    caveat: localizedTextSchema.optional(),
    /**
     * The caveat in a few words, shown beside the number wherever running text names the line
     * (`<Hotline id>`), so a sentence can never offer it without its warning. Required for a line
     * with a `caveat` or a cost other than `free`.
     */
    inlineNote: localizedTextSchema.optional(),
    /** `unconfirmed` lines are kept for the people who verify them and never shown on a page. */
    status: z.enum(['verified', 'unconfirmed']),
    sources: z.array(sourceSchema).min(1, 'must cite at least one source'),
    /** When someone last checked the sources (and, ideally, called). */
    lastChecked: isoDateSchema,
  })
  .strict()
  .refine((line) => line.display.replaceAll(' ', '') === line.number, {
    error: 'display must show the same digits as number',
    path: ['display'],
  })
  .refine((line) => line.status !== 'verified' || line.sources.length >= 2, {
    error: 'a verified line must cite at least two sources',
    path: ['sources'],
  })
  .refine((line) => line.cost !== 'partly-free' || line.costNote !== undefined, {
    error: 'a partly-free line needs a costNote saying from which phones calls are free',
    path: ['costNote'],
  })
  .refine(
    (line) =>
      line.status !== 'verified' ||
      line.inlineNote !== undefined ||
      (line.caveat === undefined && line.cost === 'free'),
    {
      error:
        'a published line with a caveat, or not free from any phone, needs an inlineNote: its warning in a few words',
      path: ['inlineNote'],
    },
  );

export type Hotline = z.infer<typeof hotlineSchema>;
