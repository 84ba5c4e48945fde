import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { Hotline } from '../schemas/hotline.ts';
import { hotlinePlacementsSchema, type HotlinePlacements, type HotlineSurface } from '../schemas/hotlinePlacement.ts';
import { CONTENT_ROOT } from './contentRoot.ts';
import { publishedHotlines } from './hotlines.ts';

/**
 * THE rule for which help lines appear where: `content/hotline-placements.yaml`, read and checked
 * once. Every surface (help strip, posters, share images, the language chooser, safeguarding
 * notes, the embed card, the NGO page, Get help, the offer check, the parent letter) asks
 * `linesFor(surface)`.
 */

/**
 * Checks the placements against the published lines; throws naming the file, the surface and the
 * problem: an id that is not published, or a line on a bare surface that is not free from any
 * phone and open 24/7.
 */
export function resolvePlacements(
  raw: unknown,
  file: string,
  published: readonly Hotline[],
): Record<HotlineSurface, readonly Hotline[]> {
  const parsed = hotlinePlacementsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`);
    throw new Error(`${file}: ${problems.join('; ')}`);
  }
  const placements: HotlinePlacements = parsed.data;
  const resolved = {} as Record<HotlineSurface, readonly Hotline[]>;
  for (const [surface, placement] of Object.entries(placements) as [
    HotlineSurface,
    HotlinePlacements[HotlineSurface],
  ][]) {
    resolved[surface] = placement.lines.map((id, index) => {
      const where = `${file}: ${surface}.lines.${index}`;
      const line = published.find((candidate) => candidate.id === id);
      if (!line) throw new Error(`${where}: "${id}" is not a published line in hotlines.yaml (status: verified)`);
      if (placement.bare && !(line.cost === 'free' && line.hours === '24/7' && line.tier !== 'other-emergency'))
        throw new Error(
          `${where}: "${id}" is shown here with no detail beside it, so it must be an emergency or support line a source says is free from any phone and open 24/7`,
        );
      return line;
    });
  }
  return resolved;
}

const path = join(CONTENT_ROOT, 'hotline-placements.yaml');
const file = relative(process.cwd(), path) || path;
if (!existsSync(path)) throw new Error(`${file}: missing: it says which help lines each surface shows`);
const placements = resolvePlacements(parse(readFileSync(path, 'utf8')), file, publishedHotlines);

/** The lines `surface` shows, in order. */
export function linesFor(surface: HotlineSurface): readonly Hotline[] {
  return placements[surface];
}
