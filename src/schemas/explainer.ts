import { z } from 'astro/zod';
import {
  classroomSchema,
  entrySlugSchema,
  isoDateSchema,
  sourceSchema,
  textSchema,
  translatedFromSchema,
} from './shared.ts';

/** A risk-factor explainer: `content/explainers/<lang>/<slug>.mdx`. */
export const explainerSchema = z
  .object({
    /** The page title (h1 and `<title>`). */
    title: textSchema,
    /** One or two sentences for cards and share previews. */
    description: textSchema.max(320, 'must be at most 320 characters'),
    /** Position in the Risk factors section; the same in every language. */
    order: z.number().int().positive(),
    /** When the text was last checked against its sources. */
    reviewed: isoDateSchema,
    /** The summary box at the top: exactly three points. */
    keyPoints: z.array(textSchema).length(3, 'must list exactly three key points'),
    /** A short warning shown before the text when it describes abuse. */
    contentNote: textSchema.optional(),
    /** Stories that show the topic in a person's life. */
    relatedStories: z.array(entrySlugSchema).default([]),
    /** Every explainer cites at least one public source. */
    sources: z.array(sourceSchema).min(1, 'must cite at least one source'),
    /** The "Use in class" box. */
    classroom: classroomSchema.optional(),
    /** Set on a translation: the source version it was made from (npm run check:translations). */
    translatedFrom: translatedFromSchema,
  })
  .strict();

export type ExplainerData = z.infer<typeof explainerSchema>;
