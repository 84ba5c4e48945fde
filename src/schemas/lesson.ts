import { z } from 'astro/zod';
import { entrySlugSchema, isoDateSchema, SLUG_PATTERN, textSchema, translatedFromSchema } from './shared.ts';

/** The three stages of a Kazakhstan short-term plan: басы / ортасы / соңы (начало / середина / конец). */
export const LESSON_STAGES = ['start', 'middle', 'end'] as const;
export type LessonStage = (typeof LESSON_STAGES)[number];

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
    /** Сабақтың мақсаты / цель урока: one sentence, what pupils can do by the end. */
    outcome: textSchema.max(300, 'must be one sentence (at most 300 characters)'),
    /** The 3–4 things pupils should take away (Oak's key learning points). */
    keyLearningPoints: z.array(textSchema).min(3, 'needs at least 3 points').max(4, 'needs at most 4 points'),
    /** What pupils should already know (алдыңғы білім / предыдущие знания). */
    previousLearning: textSchema,
    /** 4–6 ids from content/glossary.yaml (тілдік мақсат / лексика), shown with their definitions. */
    keywords: z
      .array(z.string().regex(SLUG_PATTERN, 'must be a glossary id (lower-case letters, digits, hyphens)'))
      .min(4, 'needs at least 4 glossary ids')
      .max(6, 'needs at most 6 glossary ids')
      .refine((ids) => new Set(ids).size === ids.length, 'names a glossary term twice'),
    /** 2–3 common misconceptions from the myths page, each with what to say instead. */
    misconceptions: z
      .array(z.object({ misconception: textSchema, correction: textSchema }).strict())
      .min(2, 'needs at least 2 misconceptions')
      .max(3, 'needs at most 3 misconceptions'),
    /** What the teacher asks first, to find out what pupils already think (the first timed step uses it). */
    starter: textSchema,
    /** What the teacher asks at the end, to see whether the outcome was reached (the last timed step uses it). */
    exitCheck: textSchema,
    /** Бағалау критерийлері / критерии оценивания: 1–3 criteria, each with 2–4 descriptors. */
    assessment: z
      .array(
        z
          .object({
            criterion: textSchema,
            descriptors: z.array(textSchema).min(2, 'needs at least 2 descriptors').max(4, 'needs at most 4'),
          })
          .strict(),
      )
      .min(1, 'needs at least 1 criterion')
      .max(3, 'needs at most 3 criteria'),
    /** Рефлексия: how pupils look back on what they learnt and how they felt. */
    reflection: textSchema,
    /** How to adapt the lesson for three groups of pupils. */
    differentiation: z
      .object({
        /** Pupils who read slowly or with difficulty. */
        readingSupport: textSchema,
        /** Pupils with special educational needs. */
        specialNeeds: textSchema,
        /** Pupils learning in a language that is not their first (for example Uzbek-speaking pupils). */
        languageSupport: textSchema,
      })
      .strict(),
    /** One-line content label for choosing the lesson (Oak style), e.g. what it discusses and the supervision needed. */
    contentGuidance: textSchema.max(160, 'must be one short line (at most 160 characters)'),
    /** The letter to families: what the lesson covers and one or two things to talk about at home. */
    parentLetter: z
      .object({
        covers: textSchema.max(600, 'must fit the one-page letter (at most 600 characters)'),
        atHome: z.array(textSchema.max(300, 'must be at most 300 characters')).min(1).max(2, 'needs at most 2 things'),
      })
      .strict(),
    /** What the teacher needs to prepare. */
    materials: z.array(textSchema).min(1),
    /**
     * The lesson, in order, each with its minutes, grouped by stage (басы / ортасы / соңы): the first
     * step is the start, the last the end. `description` is what the teacher does; `pupils`, what pupils do.
     */
    steps: z
      .array(
        z
          .object({
            stage: z.enum(LESSON_STAGES),
            title: textSchema,
            minutes: z.number().int().positive(),
            description: textSchema,
            pupils: textSchema,
            /** How the teacher sees whether it worked (a descriptor, a question), where the step assesses. */
            assessment: textSchema.optional(),
          })
          .strict(),
      )
      .min(3),
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
    const stages = lesson.steps.map((step) => LESSON_STAGES.indexOf(step.stage));
    const outOfOrder = stages.findIndex((stage, index) => index > 0 && stage < stages[index - 1]!);
    if (outOfOrder !== -1) {
      context.addIssue({
        code: 'custom',
        path: ['steps', outOfOrder, 'stage'],
        message: `"${lesson.steps[outOfOrder]!.stage}" comes after "${lesson.steps[outOfOrder - 1]!.stage}": the stages run ${LESSON_STAGES.join(', ')}`,
      });
    }
    for (const stage of LESSON_STAGES) {
      if (!lesson.steps.some((step) => step.stage === stage)) {
        context.addIssue({ code: 'custom', path: ['steps'], message: `needs at least one step with stage "${stage}"` });
      }
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
