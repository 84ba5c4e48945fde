import type { Hotline } from '../schemas/hotline.ts';
import { publishedHotlines } from './hotlines.ts';

/**
 * The lines every result of the offer check names, and why:
 * - advice: 111, the state line for children's rights, which children already reach through the
 *   QR code at school; its sources confirm it is free from any phone and answers day and night.
 * - danger: 112, the single emergency number, for a reader in danger now.
 * 150 is left out: its sources do not confirm that it still works.
 */
const OFFER_CHECK_LINE_IDS = { advice: '111', danger: '112' } as const;

export type OfferCheckLineRole = keyof typeof OFFER_CHECK_LINE_IDS;

/**
 * The offer check's lines with their role, from the published lines of `content/hotlines.yaml`.
 * A line that is missing or not verified stops the build, naming this file and the id.
 */
export function pickOfferCheckLines(
  lines: readonly Hotline[] = publishedHotlines,
): { role: OfferCheckLineRole; line: Hotline }[] {
  return Object.entries(OFFER_CHECK_LINE_IDS).map(([role, id]) => {
    const line = lines.find((candidate) => candidate.id === id);
    if (!line)
      throw new Error(
        `src/data/offerCheckLines.ts: the offer check names line "${id}" (${role}), which is not a verified line in content/hotlines.yaml`,
      );
    return { role: role as OfferCheckLineRole, line };
  });
}
