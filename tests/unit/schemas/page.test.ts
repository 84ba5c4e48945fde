import { describe, expect, it } from 'vitest';
import { pageSchema } from '../../../src/schemas/page';
import { issuesOf } from './issuesOf';

const page = { title: 'About', description: 'Who we are.', reviewed: '2026-11-27' };

describe('pageSchema', () => {
  it('accepts a plain page', () => {
    expect(issuesOf(pageSchema, page)).toEqual([]);
  });

  it('rejects a page without a review date, and a field no page has', () => {
    const { reviewed: _omitted, ...unreviewed } = page;
    expect(issuesOf(pageSchema, unreviewed)).toEqual(['reviewed: must be a date written YYYY-MM-DD']);
    expect(issuesOf(pageSchema, { ...page, order: 1 })[0]).toMatch(/order/);
  });
});
