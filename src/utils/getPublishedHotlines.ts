import { getCollection } from 'astro:content';
import { HOTLINE_TIERS, type Hotline } from '../schemas/hotline';

/**
 * The help lines a page may show: `verified` only, in tier order (emergency, support, other),
 * then in file order. `unconfirmed` lines never leave this function.
 */
export async function getPublishedHotlines(): Promise<Hotline[]> {
  const lines = (await getCollection('hotlines')).map((entry) => entry.data);
  return lines
    .filter((line) => line.status === 'verified')
    .sort((a, b) => HOTLINE_TIERS.indexOf(a.tier) - HOTLINE_TIERS.indexOf(b.tier));
}
