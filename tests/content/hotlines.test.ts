import { describe, expect, it } from 'vitest';
import { allHotlines as lines, publishedHotlines } from '../../src/data/hotlines';

describe('content/hotlines.yaml', () => {
  it('publishes exactly the numbers the research verified', () => {
    const published = publishedHotlines.map((line) => line.number);
    expect(published.sort()).toEqual(['101', '102', '103', '104', '111', '112', '150']);
  });

  it('keeps 116 16 unconfirmed until someone confirms it by calling', () => {
    expect(lines.find((line) => line.number === '11616')?.status).toBe('unconfirmed');
  });

  it('has unique ids and numbers', () => {
    expect(new Set(lines.map((line) => line.id)).size).toBe(lines.length);
    expect(new Set(lines.map((line) => line.number)).size).toBe(lines.length);
  });

  it('offers something in immediate danger and something for advice', () => {
    expect(publishedHotlines.some((line) => line.tier === 'emergency')).toBe(true);
    expect(publishedHotlines.some((line) => line.tier === 'support')).toBe(true);
  });
});
