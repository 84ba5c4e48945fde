import { describe, expect, it } from 'vitest';
import { checkEntryReferences } from '../../../src/build/checks/checkEntryReferences';
import { storySchema } from '../../../src/schemas/story';
import { issuesOf } from './issuesOf';

const story = {
  title: 'A story',
  description: 'One sentence.',
  order: 1,
  person: { name: 'A. Name', role: 'volunteer', organisation: 'A fund', place: 'Shymkent' },
  reviewed: '2026-11-27',
};

describe('storySchema', () => {
  it('accepts a story and reads its date as a date', () => {
    expect(issuesOf(storySchema, story)).toEqual([]);
    expect(storySchema.parse(story).reviewed).toEqual(new Date('2026-11-27T00:00:00Z'));
  });

  it('rejects a date in another form, and an impossible date', () => {
    expect(issuesOf(storySchema, { ...story, reviewed: '27.11.2026' })).toContain(
      'reviewed: must be a date written YYYY-MM-DD',
    );
    expect(issuesOf(storySchema, { ...story, reviewed: '2026-02-30' })).toEqual([
      'reviewed: is not a real calendar date',
    ]);
  });

  it('rejects a missing title and an empty one', () => {
    const { title: _omitted, ...untitled } = story;
    expect(issuesOf(storySchema, untitled)[0]).toMatch(/^title: /);
    expect(issuesOf(storySchema, { ...story, title: '  ' })).toEqual(['title: must not be empty']);
  });

  it('rejects a classroom box without exactly three questions', () => {
    const classroom = { ages: '14–17', questions: ['One?', 'Two?'] };
    expect(issuesOf(storySchema, { ...story, classroom })).toEqual([
      'classroom.questions: must list exactly three questions',
    ]);
  });

  it('with its references checked, names a related explainer that does not exist', () => {
    const checked = storySchema.superRefine(checkEntryReferences({ related: 'explainers' }));
    expect(issuesOf(checked, { ...story, related: ['risk-factors'] })).toEqual([]);
    expect(issuesOf(checked, { ...story, related: ['risk-factors', 'no-such-one'] })[0]).toMatch(
      /^related\.1: "no-such-one" is not an entry of explainers \(known: .*risk-factors/,
    );
  });
});
