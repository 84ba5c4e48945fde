import { describe, expect, it } from 'vitest';
import { allHotlines, isPublished, publishedHotlines } from '../../../src/data/hotlines';
import { parseDataList } from '../../../src/data/readDataList';
import { HOTLINE_TIERS } from '../../../src/schemas/hotline';
import { glossarySchema } from '../../../src/schemas/glossary';

const term = (id: string) =>
  `- id: ${id}\n  kk: { term: а, definition: б }\n  ru: { term: а, definition: б }\n  en: { term: a, definition: b }\n`;

describe('parseDataList', () => {
  it('keeps the order of the file', () => {
    const terms = parseDataList(term('zeta') + term('alpha'), 'glossary.yaml', glossarySchema);
    expect(terms.map((entry) => entry.id)).toEqual(['zeta', 'alpha']);
  });

  it('names the file, the entry and the field of bad input', () => {
    expect(() => parseDataList(term('ok') + term('Not-ASCII'), 'content/glossary.yaml', glossarySchema)).toThrow(
      /^content\/glossary\.yaml: entry 2 \(id "Not-ASCII"\): id: must be lower-case/,
    );
  });

  it('rejects an id used twice', () => {
    expect(() => parseDataList(term('same') + term('same'), 'g.yaml', glossarySchema)).toThrow(
      'g.yaml: entry 2 (id "same"): id: "same" is used twice',
    );
  });

  it('rejects a file that is not a list', () => {
    expect(() => parseDataList('id: x', 'g.yaml', glossarySchema)).toThrow('g.yaml: the file must be a YAML list');
  });
});

describe('src/data/hotlines', () => {
  it('publishes exactly the verified lines, in tier order, then in file order', () => {
    const expected = HOTLINE_TIERS.flatMap((tier) =>
      allHotlines.filter((line) => line.status === 'verified' && line.tier === tier),
    );
    expect(publishedHotlines).toEqual(expected);
    expect(publishedHotlines.every(isPublished)).toBe(true);
    expect(allHotlines.filter((line) => !isPublished(line)).length).toBeGreaterThan(0);
  });
});
