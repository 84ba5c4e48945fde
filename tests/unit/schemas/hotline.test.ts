import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locales';
import { hotlineSchema } from '../../../src/schemas/hotline';

/** A label in every language of the site: the schema derives its fields from LOCALES. */
const text = Object.fromEntries(LOCALES.map((lang) => [lang, `text (${lang})`]));
const valid = {
  id: '150',
  number: '150',
  display: '150',
  tier: 'support',
  channels: [{ type: 'call', target: '150' }],
  name: text,
  description: text,
  cost: 'free',
  audiences: ['children'],
  status: 'verified',
  sources: [
    { title: 'One', url: 'https://example.org/1' },
    { title: 'Two', url: 'https://example.org/2' },
  ],
  lastChecked: '2026-11-24',
};

/** The messages zod gives, as `path: message`. */
function problems(input: unknown): string[] {
  const result = hotlineSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('hotlineSchema', () => {
  it('accepts a complete verified line', () => {
    expect(problems(valid)).toEqual([]);
  });

  it('rejects a malformed number and names the field', () => {
    expect(problems({ ...valid, number: '1-50' })).toContain(
      'number: must be the number as dialled: 3 to 15 digits, nothing else',
    );
  });

  it('rejects a display that shows other digits than the number', () => {
    expect(problems({ ...valid, display: '151' })).toContain('display: display must show the same digits as number');
  });

  it('rejects an unknown audience', () => {
    expect(problems({ ...valid, audiences: ['tourists'] })[0]).toMatch(/^audiences\.0: /);
  });

  it('rejects a line without a source or a date', () => {
    expect(problems({ ...valid, sources: [] })).toContain('sources: must cite at least one source');
    const { lastChecked: _omitted, ...withoutDate } = valid;
    expect(problems(withoutDate)[0]).toMatch(/^lastChecked: /);
  });

  it('requires two sources for a verified line, one for an unconfirmed one', () => {
    const oneSource = { ...valid, sources: valid.sources.slice(0, 1) };
    expect(problems(oneSource)).toContain('sources: a verified line must cite at least two sources');
    expect(problems({ ...oneSource, status: 'unconfirmed' })).toEqual([]);
  });

  it('rejects a malformed date', () => {
    expect(problems({ ...valid, lastChecked: '24.11.2026' })).toContain(
      'lastChecked: must be a date written YYYY-MM-DD',
    );
    expect(problems({ ...valid, lastChecked: '2026-02-30' })).toContain('lastChecked: is not a real calendar date');
  });

  it('requires a cost note saying from which phones a partly-free line is free', () => {
    expect(problems({ ...valid, cost: 'partly-free' })).toContain(
      'costNote: a partly-free line needs a costNote saying from which phones calls are free',
    );
    expect(problems({ ...valid, cost: 'partly-free', costNote: text, inlineNote: text })).toEqual([]);
  });

  it('requires a short inline warning for a published line with a caveat or not free from any phone', () => {
    const message =
      'inlineNote: a published line with a caveat, or not free from any phone, needs an inlineNote: its warning in a few words';
    expect(problems({ ...valid, caveat: text })).toContain(message);
    expect(problems({ ...valid, cost: 'unknown' })).toContain(message);
    expect(problems({ ...valid, caveat: text, inlineNote: text })).toEqual([]);
    expect(problems({ ...valid, cost: 'unknown', status: 'unconfirmed' })).not.toContain(message);
  });
});
