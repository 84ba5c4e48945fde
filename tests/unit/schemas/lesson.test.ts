import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../../src/schemas/lesson';
import { issuesOf } from './issuesOf';

const lesson = {
  title: 'A lesson',
  description: 'A short lesson.',
  order: 1,
  ages: { min: 12, max: 14 },
  duration: 30,
  reviewed: '2026-11-27',
  objectives: ['One.', 'Two.'],
  materials: ['The handout.'],
  steps: [
    { title: 'Start', minutes: 10, description: 'Introduce.' },
    { title: 'Work', minutes: 20, description: 'Fill in.' },
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

describe('lessonSchema', () => {
  it('accepts a complete lesson and defaults the explainers it uses to none', () => {
    expect(issuesOf(lessonSchema, lesson)).toEqual([]);
    expect(lessonSchema.parse(lesson).uses.explainers).toEqual([]);
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
});
