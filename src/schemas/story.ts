import { z } from 'astro/zod';
import { classroomSchema, entrySlugSchema, isoDateSchema, textSchema, translatedFromSchema } from './shared.ts';

/** A public defender's story: `content/stories/<lang>/<slug>.mdx`. */
export const storySchema = z
  .object({
    /** The page title (h1 and `<title>`). */
    title: textSchema,
    /** One or two sentences: the summary at the top, on cards and in share previews. */
    description: textSchema.max(320, 'must be at most 320 characters'),
    /** Position on the stories index; the same in every language. */
    order: z.number().int().positive(),
    /** Who the story is about, shown in the name card. */
    person: z
      .object({
        name: textSchema,
        role: textSchema,
        organisation: textSchema,
        place: textSchema,
      })
      .strict(),
    /** When the text was last checked against its sources. */
    reviewed: isoDateSchema,
    /** Explainers to read next, most relevant first. */
    related: z.array(entrySlugSchema).default([]),
    /** A short warning shown before the text when it describes abuse. */
    contentNote: textSchema.optional(),
    /** The "Use in class" box. */
    classroom: classroomSchema.optional(),
    /** Set on a translation: the source version it was made from (npm run check:translations). */
    translatedFrom: translatedFromSchema,
  })
  .strict();

export type StoryData = z.infer<typeof storySchema>;
