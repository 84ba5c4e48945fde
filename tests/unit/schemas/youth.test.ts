import { describe, expect, it } from 'vitest';
import { youthSchema } from '../../../src/schemas/youth';
import { issuesOf } from './issuesOf';

const question = (severity: string) => ({ question: 'Q?', why: 'Why.', severity });
const result = { label: 'When', text: 'What to do.' };
const check = {
  yes: 'Yes',
  no: 'No',
  questions: [...Array.from({ length: 7 }, () => question('caution')), question('serious')],
  seriousMark: 'Serious sign',
  keyTitle: 'Key',
  results: { serious: result, caution: result, noSign: result },
  resultTitle: 'Result',
  disclaimer: 'No checklist proves an offer safe.',
  clear: 'Clear',
  privacy: 'Nothing is kept.',
};
const page = (offerCheck: object) => ({ title: 'Check', description: 'd', reviewed: '2026-12-05', offerCheck });

describe('youthSchema: the offer check', () => {
  it('accepts a check whose questions each name their severity', () => {
    expect(issuesOf(youthSchema, page(check))).toEqual([]);
  });

  it('names the question and the field when a severity is missing or unknown', () => {
    const { severity: _omitted, ...bare } = question('caution');
    expect(issuesOf(youthSchema, page({ ...check, questions: [bare, ...check.questions.slice(1)] }))).toEqual([
      'offerCheck.questions.0.severity: must be one of caution, serious: how strongly a "yes" to this question warns',
    ]);
    expect(
      issuesOf(youthSchema, page({ ...check, questions: [question('high'), ...check.questions.slice(1)] }))[0],
    ).toMatch(/^offerCheck\.questions\.0\.severity: must be one of caution, serious/);
  });

  it('rejects a check without any serious question', () => {
    expect(
      issuesOf(youthSchema, page({ ...check, questions: check.questions.map(() => question('caution')) })),
    ).toEqual(['offerCheck.questions: at least one question must have severity: serious']);
  });

  it('needs the advice for every result, and no count of "yes" answers', () => {
    const { noSign: _omitted, ...partial } = check.results;
    expect(issuesOf(youthSchema, page({ ...check, results: partial }))[0]).toMatch(/^offerCheck\.results\.noSign: /);
    expect(issuesOf(youthSchema, page({ ...check, count: '{yes} of {total}' }))[0]).toMatch(/count/);
  });
});
