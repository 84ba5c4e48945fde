import { describe, expect, it } from 'vitest';
import { resolveLocalizedEntry } from '../../../src/utils/resolveLocalizedEntry';

const entries = [{ id: 'kk/story' }, { id: 'ru/story' }, { id: 'en/only-english' }, { id: 'ru/only-russian' }];

describe('resolveLocalizedEntry', () => {
  it('uses the reader language when the entry exists in it', () => {
    expect(resolveLocalizedEntry(entries, 'story', 'ru')).toEqual({
      entry: { id: 'ru/story' },
      lang: 'ru',
    });
  });

  it('falls back en → ru → kk', () => {
    expect(resolveLocalizedEntry(entries, 'story', 'en')?.lang).toBe('ru');
  });

  it('falls back kk → ru → en', () => {
    expect(resolveLocalizedEntry(entries, 'only-english', 'kk')).toEqual({
      entry: { id: 'en/only-english' },
      lang: 'en',
    });
  });

  it('falls back ru → kk → en', () => {
    expect(resolveLocalizedEntry([{ id: 'kk/a' }, { id: 'en/a' }], 'a', 'ru')?.lang).toBe('kk');
  });

  it('returns undefined for a slug that no language has', () => {
    expect(resolveLocalizedEntry(entries, 'missing', 'kk')).toBeUndefined();
  });
});
