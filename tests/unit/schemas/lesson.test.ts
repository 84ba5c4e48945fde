import { describe, expect, it } from 'vitest';
import { checkEntryReferences } from '../../../src/build/checks/checkEntryReferences';
import { findCollection } from '../../../src/data/contentModel';
import { lessonSchema } from '../../../src/schemas/lesson';
import { issuesOf } from './issuesOf';

const lesson = {
  title: 'A lesson',
  description: 'A short lesson.',
  order: 1,
  ages: { min: 12, max: 14 },
  duration: 30,
  reviewed: '2026-11-27',
  outcome: 'Pupils can name one risk factor and one adult they trust.',
  keyLearningPoints: ['One.', 'Two.', 'Three.'],
  previousLearning: 'None.',
  keywords: ['risk-factor', 'warning-sign', 'helpline', 'caregiver'],
  misconceptions: [
    { misconception: 'Only abroad.', correction: 'At home too.' },
    { misconception: 'Always strangers.', correction: 'Often someone the child knows.' },
  ],
  starter: 'Who helps you?',
  exitCheck: 'Name one risk factor.',
  assessment: [{ criterion: 'Names a risk factor.', descriptors: ['names one', 'explains it'] }],
  reflection: 'Thumbs up or down.',
  differentiation: { readingSupport: 'Read aloud.', specialNeeds: 'Pictures.', languageSupport: 'Words on the board.' },
  contentGuidance: 'Mentions trafficking in general terms.',
  parentLetter: { covers: 'What a risk factor is.', atHome: ['Ask about the lesson.'] },
  materials: ['The handout.'],
  steps: [
    { stage: 'start', title: 'Start', minutes: 5, description: 'Introduce.', pupils: 'Listen.' },
    { stage: 'middle', title: 'Work', minutes: 20, description: 'Guide.', pupils: 'Fill in.', assessment: 'Check.' },
    { stage: 'end', title: 'End', minutes: 5, description: 'Ask the exit check.', pupils: 'Answer.' },
  ],
  questions: ['One?', 'Two?', 'Three?'],
  uses: { stories: ['a-story'] },
  handout: {
    title: 'Worksheet',
    instructions: 'Answer.',
    tasks: [
      { prompt: 'One.', lines: 2 },
      { prompt: 'Two.', lines: 2 },
    ],
  },
  answerKey: ['A.', 'B.'],
  safeguarding: 'Students may step out.',
};

/** The lesson without one top-level field. */
function without(field: keyof typeof lesson) {
  const { [field]: _omitted, ...rest } = lesson;
  return rest;
}

describe('lessonSchema', () => {
  it('accepts a complete lesson and defaults the explainers it uses to none', () => {
    expect(issuesOf(lessonSchema, lesson)).toEqual([]);
    expect(lessonSchema.parse(lesson).uses.explainers).toEqual([]);
  });

  it.each([
    'outcome',
    'keyLearningPoints',
    'previousLearning',
    'keywords',
    'misconceptions',
    'starter',
    'exitCheck',
    'assessment',
    'reflection',
    'differentiation',
    'contentGuidance',
    'parentLetter',
  ] as const)('names %s when it is missing', (field) => {
    const issues = issuesOf(lessonSchema, without(field));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(new RegExp(`^${field}: `));
  });

  it('names a missing part of the differentiation and of the parent letter', () => {
    const { languageSupport: _language, ...twoGroups } = lesson.differentiation;
    expect(issuesOf(lessonSchema, { ...lesson, differentiation: twoGroups })[0]).toMatch(
      /^differentiation\.languageSupport: /,
    );
    expect(issuesOf(lessonSchema, { ...lesson, parentLetter: { covers: 'What.' } })[0]).toMatch(
      /^parentLetter\.atHome: /,
    );
  });

  it('no longer accepts the old objectives list', () => {
    expect(issuesOf(lessonSchema, { ...lesson, objectives: ['One.', 'Two.'] })).not.toEqual([]);
  });

  it('counts key learning points, keywords, misconceptions and descriptors', () => {
    expect(issuesOf(lessonSchema, { ...lesson, keyLearningPoints: ['One.', 'Two.'] })).toEqual([
      'keyLearningPoints: needs at least 3 points',
    ]);
    expect(issuesOf(lessonSchema, { ...lesson, keywords: ['risk-factor', 'helpline', 'caregiver'] })).toEqual([
      'keywords: needs at least 4 glossary ids',
    ]);
    expect(
      issuesOf(lessonSchema, { ...lesson, keywords: ['risk-factor', 'helpline', 'caregiver', 'helpline'] }),
    ).toEqual(['keywords: names a glossary term twice']);
    expect(issuesOf(lessonSchema, { ...lesson, misconceptions: [lesson.misconceptions[0]] })).toEqual([
      'misconceptions: needs at least 2 misconceptions',
    ]);
    expect(
      issuesOf(lessonSchema, { ...lesson, assessment: [{ criterion: 'One.', descriptors: ['only one'] }] }),
    ).toEqual(['assessment.0.descriptors: needs at least 2 descriptors']);
  });

  it('requires what pupils do in every step, and the stages in order: start, middle, end', () => {
    const [start, middle, end] = lesson.steps;
    const { pupils: _pupils, ...silent } = middle!;
    expect(issuesOf(lessonSchema, { ...lesson, steps: [start, silent, end] })[0]).toMatch(/^steps\.1\.pupils: /);
    expect(issuesOf(lessonSchema, { ...lesson, steps: [middle, start, end] })).toEqual([
      'steps.1.stage: "start" comes after "middle": the stages run start, middle, end',
    ]);
    expect(issuesOf(lessonSchema, { ...lesson, steps: [start, middle, { ...end!, stage: 'middle' }] })).toEqual([
      'steps: needs at least one step with stage "end"',
    ]);
  });

  it('rejects a minimum age above the maximum', () => {
    expect(issuesOf(lessonSchema, { ...lesson, ages: { min: 15, max: 12 } })).toEqual([
      'ages: ages.min must not be above ages.max',
    ]);
  });

  it('rejects steps that do not add up to the duration', () => {
    expect(issuesOf(lessonSchema, { ...lesson, duration: 35 })).toEqual([
      'steps: the steps add up to 30 minutes, but duration is 35',
    ]);
  });

  it('rejects an answer key that does not match the handout tasks', () => {
    expect(issuesOf(lessonSchema, { ...lesson, answerKey: ['A.', 'B.', 'C.'] })).toEqual([
      'answerKey: has 3 answers for 2 handout tasks',
    ]);
  });

  it('rejects an unknown field, so a typo cannot pass silently', () => {
    expect(issuesOf(lessonSchema, { ...lesson, durration: 30 })).not.toEqual([]);
  });

  it('with its references checked, names a keyword that is not in the glossary', () => {
    const checked = lessonSchema.superRefine(
      checkEntryReferences({
        keywords: (findCollection('lessons')?.references as Record<string, string>)['keywords']!,
      }),
    );
    expect(issuesOf(checked, lesson)).toEqual([]);
    expect(issuesOf(checked, { ...lesson, keywords: [...lesson.keywords, 'no-such-term'] })[0]).toMatch(
      /^keywords\.4: "no-such-term" is not an entry of glossary \(known: .*risk-factor/,
    );
  });
});
