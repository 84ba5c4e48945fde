import { describe, expect, it } from 'vitest';
import { findStaleHotlines, HOTLINE_FRESH_DAYS } from '../../../src/utils/findStaleHotlines';

describe('findStaleHotlines', () => {
  const today = new Date('2026-11-27T00:00:00Z');
  const daysAgo = (days: number) => new Date(today.getTime() - days * 24 * 60 * 60 * 1000);

  it('lists lines checked more than 180 days ago, oldest first', () => {
    const lines = [
      { id: 'fresh', lastChecked: daysAgo(10) },
      { id: 'old', lastChecked: daysAgo(HOTLINE_FRESH_DAYS + 1) },
      { id: 'older', lastChecked: daysAgo(400) },
    ];
    expect(findStaleHotlines(lines, today).map((line) => line.id)).toEqual(['older', 'old']);
  });

  it('keeps a line checked exactly 180 days ago', () => {
    expect(findStaleHotlines([{ id: 'edge', lastChecked: daysAgo(HOTLINE_FRESH_DAYS) }], today)).toEqual([]);
  });
});
