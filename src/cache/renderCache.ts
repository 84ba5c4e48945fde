import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RENDER_CACHE_DIR } from '~/cache/cacheDirs';

/** How one kind of drawing fared in this build: drawn afresh or read back, and the time spent. */
export interface RenderTally {
  drawn: number;
  cached: number;
  milliseconds: number;
}

/*
 * One tally for the whole build. Astro loads integrations with its config and bundles the page
 * code separately, so two copies of this module run in one build; the share-image integration
 * prints the summary for both (posters are drawn by pages), hence a registry on globalThis.
 */
const TALLIES = Symbol.for('katch.renderCache.tallies');

/** The tallies of every kind drawn so far in this process. */
export function renderTallies(): Map<string, RenderTally> {
  const holder = globalThis as { [TALLIES]?: Map<string, RenderTally> };
  holder[TALLIES] ??= new Map();
  return holder[TALLIES];
}

function tally(kind: string): RenderTally {
  const tallies = renderTallies();
  let found = tallies.get(kind);
  if (!found) {
    found = { drawn: 0, cached: 0, milliseconds: 0 };
    tallies.set(kind, found);
  }
  return found;
}

/** SHA-256 (hex) of a value's JSON: the name a drawing is stored under. */
export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/**
 * The bytes of a drawn file (a share image, a poster, a preview): read back when a file drawn from
 * exactly the same `inputs` is in the cache, else drawn and stored. `inputs` must hold everything
 * the drawing depends on (its text and data, plus a renderFingerprint of its fonts, template
 * source and library versions): anything missing from it would let a stale file through.
 * A file is written under a temporary name and renamed, so an interrupted build, or two builds
 * at once, never leave half a file behind.
 */
export async function cachedRender(
  kind: string,
  inputs: unknown,
  render: () => Promise<Uint8Array>,
  folder: string = RENDER_CACHE_DIR,
): Promise<Uint8Array> {
  const started = performance.now();
  const counts = tally(kind);
  const file = join(folder, kind, `${hashOf(inputs)}.bin`);
  try {
    const stored = new Uint8Array(await readFile(file));
    counts.cached += 1;
    counts.milliseconds += performance.now() - started;
    return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const drawn = await render();
  await mkdir(join(folder, kind), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, drawn);
  await rename(temporary, file);
  counts.drawn += 1;
  counts.milliseconds += performance.now() - started;
  return drawn;
}
