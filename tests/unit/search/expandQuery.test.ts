import { describe, expect, it } from 'vitest';
import { expandQuery, MAX_ALTERNATIVES } from '../../../src/search/query/expandQuery';

describe('expandQuery', () => {
  it('maps a Kazakh word typed on a Russian keyboard back to the site spelling, as a stem', () => {
    const vocabulary = { lang: 'kk' as const, words: ['жүргенбаева', 'жүргенбаеваның', 'қауіп'] };
    expect(expandQuery('Жургенбаеванын', vocabulary)).toContain('жүргенбаев');
  });

  it('keeps what was typed as the first alternative', () => {
    const vocabulary = { lang: 'kk' as const, words: ['балаға'] };
    expect(expandQuery('балалардың', vocabulary)[0]).toBe('бала');
  });

  it('restores ё in Russian where the site writes it', () => {
    const vocabulary = { lang: 'ru' as const, words: ['ребёнок', 'тёмная'] };
    expect(expandQuery('ребенка', vocabulary)).toEqual(['ребенка', 'ребёнка']);
    expect(expandQuery('темная тема', vocabulary)).toContain('тёмная тема');
  });

  it('adds the British spelling the site uses for an American one', () => {
    const vocabulary = { lang: 'en' as const, words: ['labour', 'organisation'] };
    expect(expandQuery('forced labor', vocabulary)).toEqual(['forced labor', 'forced labour']);
  });

  it('caps the number of alternatives and ignores punctuation', () => {
    const vocabulary = { lang: 'kk' as const, words: ['қаз', 'қас', 'қат'] };
    expect(expandQuery('каз кас кат каз кас', vocabulary).length).toBeLessThanOrEqual(MAX_ALTERNATIVES);
    expect(expandQuery('  ?!  ', vocabulary)).toEqual([]);
  });
});
