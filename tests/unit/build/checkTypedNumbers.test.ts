import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkTypedNumbers } from '../../../src/build/checks/checkTypedNumbers';
import { issuesOf } from '../schemas/issuesOf';

const schema = z
  .object({
    title: z.string(),
    questions: z.array(z.string()),
    sources: z.array(z.object({ title: z.string() })),
  })
  .superRefine(checkTypedNumbers(['112', '116 16']));

const entry = { title: 'A story', questions: ['Why?', 'How?'], sources: [{ title: 'Report' }] };

describe('checkTypedNumbers', () => {
  it('accepts ordinary numbers and a source title that quotes a number', () => {
    expect(
      issuesOf(schema, {
        ...entry,
        title: '112 children in 2024',
        sources: [{ title: 'eGov.kz: Единый номер экстренных служб 112' }],
      }),
    ).toEqual([]);
  });

  it('names the field of a help-line number typed as a phone number', () => {
    expect(issuesOf(schema, { ...entry, title: 'Call 112 now' })).toEqual([
      'title: hotline number "112" typed by hand: numbers come only from content/hotlines.yaml (<Hotline id="…" /> in the text)',
    ]);
    expect(issuesOf(schema, { ...entry, questions: ['Why?', 'Would you dial 116 16?'] })[0]).toMatch(
      /^questions\.1: hotline number "116 16"/,
    );
  });
});
