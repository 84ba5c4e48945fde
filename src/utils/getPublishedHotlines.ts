import { getCollection } from 'astro:content';
import { HOTLINE_TIERS, type Hotline } from '~/schemas/hotline';
import { readDataFile } from '~/utils/readDataFile';

/**
 * The help lines a page may show: `verified` only, in tier order (emergency, support, other),
 * then in the order of `content/hotlines.yaml` (the loader keys entries by id, which loses it).
 * `unconfirmed` lines never leave this function.
 */
export async function getPublishedHotlines(): Promise<Hotline[]> {
  const fileOrder = readDataFile('hotlines.yaml').map((line) => String((line as { id: unknown }).id));
  const lines = (await getCollection('hotlines')).map((entry) => entry.data);
  return lines
    .filter((line) => line.status === 'verified')
    .sort(
      (a, b) =>
        HOTLINE_TIERS.indexOf(a.tier) - HOTLINE_TIERS.indexOf(b.tier) ||
        fileOrder.indexOf(a.id) - fileOrder.indexOf(b.id),
    );
}
