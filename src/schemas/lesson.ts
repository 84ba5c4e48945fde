import { z } from 'astro/zod';
import { entrySlugSchema, isoDateSchema, textSchema, translatedFromSchema } from './shared.ts';

/** A lesson plan for teachers: `content/lessons/<lang>/<slug>.mdx`. */
export const lessonSchema = z
  .object({
    /** The page title (h1 and `<title>`). */
    title: textSchema,
    /** One or two sentences for the teachers' index and share previews. */
    description: textSchema.max(320, 'must be at most 320 characters'),
    /** Position on the teachers' index; the same in every language. */
    order: z.number().int().positive(),
    /** Suitable ages, inclusive. */
    ages: z.object({ min: z.number().int().min(6).max(18), max: z.number().int().min(6).max(18) }).strict(),
    /** The matching school grades in Kazakhstan (сынып / класс), shown next to the age band. */
    grades: z
      .object({ min: z.number().int().min(1).max(11), max: z.number().int().min(1).max(11) })
      .strict()
      .optional(),
    /** One line: where the lesson fits in Kazakhstan's schools (class hour, a subject), where that is true. */
    fits: textSchema.optional(),
    /** Length of the lesson in minutes; the steps add up to it. */
    duration: z.number().int().min(10).max(120),
    /** When the text was last checked. */
    reviewed: isoDateSchema,
    /** What students will be able to do. */
    objectives: z.array(textSchema).min(2).max(5),
    /** What the teacher needs to prepare. */
    materials: z.array(textSchema).min(1),
    /** The lesson, in order, each with its minutes. */
    steps: z
      .array(z.object({ title: textSchema, minutes: z.number().int().positive(), description: textSchema }).strict())
      .min(2),
    /** Questions for class discussion. */
    questions: z.array(textSchema).min(3).max(6),
    /** The stories and explainers the lesson builds on. */
    uses: z
      .object({
        stories: z.array(entrySlugSchema).default([]),
        explainers: z.array(entrySlugSchema).default([]),
      })
      .strict(),
    /** The student worksheet, printed on its own. */
    handout: z
      .object({
        title: textSchema,
        instructions: textSchema,
        tasks: z
          .array(z.object({ prompt: textSchema, lines: z.number().int().min(0).max(6) }).strict())
          .min(2)
          .max(6),
      })
      .strict(),
    /** One model answer per handout task, in the same order. */
    answerKey: z.array(textSchema).min(2),
    /** Advice for this lesson's topic; the page adds the standard safeguarding note and numbers. */
    safeguarding: textSchema,
    /** Set on a translation: the source version it was made from (npm run check:translations). */
    translatedFrom: translatedFromSchema,
  })
  .strict()
  .refine((lesson) => lesson.ages.min <= lesson.ages.max, {
    error: 'ages.min must not be above ages.max',
    path: ['ages'],
  })
  .refine((lesson) => !lesson.grades || lesson.grades.min <= lesson.grades.max, {
    error: 'grades.min must not be above grades.max',
    path: ['grades'],
  })
  .superRefine((lesson, context) => {
    const total = lesson.steps.reduce((sum, step) => sum + step.minutes, 0);
    if (total !== lesson.duration) {
      context.addIssue({
        code: 'custom',
        path: ['steps'],
        message: `the steps add up to ${total} minutes, but duration is ${lesson.duration}`,
      });
    }
    if (lesson.answerKey.length !== lesson.handout.tasks.length) {
      context.addIssue({
        code: 'custom',
        path: ['answerKey'],
        message: `has ${lesson.answerKey.length} answers for ${lesson.handout.tasks.length} handout tasks`,
      });
    }
  });

export type LessonData = z.infer<typeof lessonSchema>;
