import type { Hotline } from '~/schemas/hotline';
import { publishedHotlines } from '~/data/hotlines';

/**
 * @deprecated Import `publishedHotlines` from `~/data/hotlines`. Kept only so branches written
 * against the old name still merge; remove once nothing calls it.
 */
export async function getPublishedHotlines(): Promise<Hotline[]> {
  return [...publishedHotlines];
}
