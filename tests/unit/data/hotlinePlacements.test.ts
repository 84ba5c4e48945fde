import { describe, expect, it } from 'vitest';
import { resolvePlacements } from '~/data/hotlinePlacements';
import { publishedHotlines } from '~/data/hotlines';
import { HOTLINE_SURFACES } from '~/schemas/hotlinePlacement';

const FILE = 'content/hotline-placements.yaml';
/** A valid placement of every surface, with `change` applied to one of them. */
function placements(change: Record<string, unknown> = {}) {
  const every = Object.fromEntries(
    HOTLINE_SURFACES.map((surface) => [surface, { why: 'Because the editors said so.', lines: ['112', '111'] }]),
  );
  return { ...every, ...change };
}

describe('resolvePlacements', () => {
  it('gives each surface its lines, in the order written', () => {
    const resolved = resolvePlacements(
      placements({ helpPage: { why: 'Every line, in this order.', lines: ['150', '112'] } }),
      FILE,
      publishedHotlines,
    );
    expect(resolved.helpPage.map((line) => line.id)).toEqual(['150', '112']);
    expect(resolved.helpStrip.map((line) => line.id)).toEqual(['112', '111']);
  });

  it('fails naming the file, surface and position for a line that is not published', () => {
    expect(() =>
      resolvePlacements(
        placements({ embedCard: { why: 'Partners need it.', lines: ['112', '11616'] } }),
        FILE,
        publishedHotlines,
      ),
    ).toThrow(`${FILE}: embedCard.lines.1: "11616" is not a published line in hotlines.yaml (status: verified)`);
    expect(() =>
      resolvePlacements(
        placements({ offerCheck: { why: 'Typo in the id.', lines: ['1111'] } }),
        FILE,
        publishedHotlines,
      ),
    ).toThrow(/offerCheck\.lines\.0: "1111" is not a published line/);
  });

  it('keeps off a bare surface any line not free from every phone and open 24/7', () => {
    expect(() =>
      resolvePlacements(
        placements({ helpStrip: { why: 'Every page, no detail.', bare: true, lines: ['112', '150'] } }),
        FILE,
        publishedHotlines,
      ),
    ).toThrow(/helpStrip\.lines\.1: "150" is shown here with no detail beside it/);
    expect(() =>
      resolvePlacements(
        placements({ rootPage: { why: 'The chooser, no detail.', bare: true, lines: ['101'] } }),
        FILE,
        publishedHotlines,
      ),
    ).toThrow(/rootPage\.lines\.0: "101"/);
  });

  it('fails when a surface is missing, unknown, empty or without a reason', () => {
    const { offerCheck: _missing, ...withoutOne } = placements();
    expect(() => resolvePlacements(withoutOne, FILE, publishedHotlines)).toThrow(/offerCheck/);
    expect(() =>
      resolvePlacements(placements({ footer: { why: 'A new place.', lines: ['112'] } }), FILE, publishedHotlines),
    ).toThrow(/footer|Unrecognized/i);
    expect(() =>
      resolvePlacements(placements({ helpPage: { why: 'Nothing here.', lines: [] } }), FILE, publishedHotlines),
    ).toThrow(/helpPage\.lines: must name at least one line/);
    expect(() =>
      resolvePlacements(placements({ helpPage: { why: '', lines: ['112'] } }), FILE, publishedHotlines),
    ).toThrow(/helpPage\.why: say why/);
  });
});
