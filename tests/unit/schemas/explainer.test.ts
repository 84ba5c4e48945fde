import { describe, expect, it } from 'vitest';
import { explainerSchema } from '../../../src/schemas/explainer';
import { issuesOf } from './issuesOf';

const explainer = {
  title: 'Warning signs',
  description: 'One sentence.',
  order: 2,
  reviewed: '2026-11-27',
  keyPoints: ['One.', 'Two.', 'Three.'],
  sources: [{ title: 'A source', url: 'https://example.org/a' }],
};

describe('explainerSchema', () => {
  it('accepts an explainer and defaults its related stories to none', () => {
    expect(issuesOf(explainerSchema, explainer)).toEqual([]);
    expect(explainerSchema.parse(explainer).relatedStories).toEqual([]);
  });

  it('rejects anything but exactly three key points', () => {
    expect(issuesOf(explainerSchema, { ...explainer, keyPoints: ['One.', 'Two.'] })).toEqual([
      'keyPoints: must list exactly three key points',
    ]);
  });

  it('rejects an explainer without a source, and a source that is not a web address', () => {
    expect(issuesOf(explainerSchema, { ...explainer, sources: [] })).toEqual([
      'sources: must cite at least one source',
    ]);
    expect(issuesOf(explainerSchema, { ...explainer, sources: [{ title: 'A', url: 'example.org' }] })).toEqual([
      'sources.0.url: must be a full web address (https://…)',
    ]);
  });

  it('rejects a description longer than a card can hold', () => {
    expect(issuesOf(explainerSchema, { ...explainer, description: 'x'.repeat(321) })).toEqual([
      'description: must be at most 320 characters',
    ]);
  });
});
