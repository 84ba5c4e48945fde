import { describe, expect, it } from 'vitest';
import { allHotlines, isPublished, publishedHotlines } from '../../../src/data/hotlines';
import { pickOfferCheckLines } from '../../../src/data/offerCheckLines';

describe('pickOfferCheckLines', () => {
  it('names 111 for advice and 112 for danger, both published lines', () => {
    const picked = pickOfferCheckLines();
    expect(picked.map(({ role, line }) => [role, line.id])).toEqual([
      ['advice', '111'],
      ['danger', '112'],
    ]);
    for (const { line } of picked) expect(publishedHotlines).toContain(line);
  });

  it('stops the build, naming the file and the id, when a line is not published', () => {
    const unconfirmed111 = allHotlines
      .map((line) => (line.id === '111' ? { ...line, status: 'unconfirmed' as const } : line))
      .filter(isPublished);
    expect(() => pickOfferCheckLines(unconfirmed111)).toThrow(
      'src/data/offerCheckLines.ts: the offer check names line "111" (advice), which is not a verified line in content/hotlines.yaml',
    );
  });
});
