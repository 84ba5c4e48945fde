import { join, relative } from 'node:path';
import { HOTLINE_TIERS, hotlineSchema, type Hotline } from '../schemas/hotline.ts';
import { CONTENT_ROOT } from './contentRoot.ts';
import { checkPublishedNumbers } from './publishedNumbers.ts';
import { readDataList } from './readDataList.ts';

/**
 * `content/hotlines.yaml`, read and validated once. Everything that needs a help line (pages,
 * components, integrations, remark plugins, tools, tests) imports it from here. Importable under
 * plain Node (`tools/check-hotlines.ts`), so the chain it pulls in uses relative `.ts` imports.
 */

/** Every line in file order, unconfirmed ones included: for the people who verify them, never for a page. */
export const allHotlines: readonly Hotline[] = readDataList('hotlines.yaml', hotlineSchema);

// The pin: a verified line's number must be the one in src/data/publishedNumbers.ts, or nothing builds.
checkPublishedNumbers(allHotlines, relative(process.cwd(), join(CONTENT_ROOT, 'hotlines.yaml')));

/** THE rule for what a page may show: a line someone has verified against its sources. */
export function isPublished(line: Hotline): boolean {
  return line.status === 'verified';
}

/**
 * The help lines a page may show: published only, in tier order (emergency, support, other),
 * then in file order.
 */
export const publishedHotlines: readonly Hotline[] = allHotlines
  .filter(isPublished)
  .sort((a, b) => HOTLINE_TIERS.indexOf(a.tier) - HOTLINE_TIERS.indexOf(b.tier));

/**
 * The published line `id`, for a component that names it in content; fails the build naming the
 * component and the id when no verified line has it (`<Hotline id="999">: …`).
 */
export function findPublishedLine(id: string, component: string): Hotline {
  const line = publishedHotlines.find((candidate) => candidate.id === id);
  if (!line) throw new Error(`<${component} id="${id}">: no verified line with this id in content/hotlines.yaml`);
  return line;
}
