import { linesFor } from '../../src/data/hotlinePlacements';
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

  it('puts 112 and 102 (danger) and 111 (advice) in the help strip, and 150 only where its details show', () => {
    const strip = linesFor('helpStrip').map((line) => `${line.tier}:${line.id}`);
    expect(strip).toEqual(['emergency:112', 'emergency:102', 'support:111']);
    for (const bare of ['helpStrip', 'posters', 'shareImages', 'rootPage', 'ngoPage'] as const)
      expect(linesFor(bare).map((line) => line.id), bare).not.toContain('150');
  });

  it('says of 150 exactly what is known: free from landlines, mobiles and current operation not confirmed', () => {
    const line = lines.find((candidate) => candidate.id === '150');
    expect(line?.cost).toBe('partly-free');
    expect(line?.costNote?.en).toMatch(/landlines/);
    expect(line?.caveat?.en).toMatch(/2023/);
  });
});
