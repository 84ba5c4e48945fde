import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/utils/formatDate';

describe('formatDate', () => {
  const date = new Date('2026-11-27T00:00:00Z');

  it('writes dates as each language does', () => {
    expect(formatDate(date, 'en')).toBe('27 November 2026');
    expect(formatDate(date, 'ru')).toBe('27 ноября 2026 г.');
    expect(formatDate(date, 'kk')).toMatch(/2026.*27 қараша/);
  });
});
