import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { RENDER_CACHE_DIR } from '~/cache/cacheDirs';

/**
 * Two builds of the same sources produce byte-identical folders, whether a drawing (share image,
 * poster, preview) is made afresh or read back from the render cache (src/cache/renderCache.ts).
 * The first build is `dist/`, which `npm test` builds from nothing (`npm run build:clean` deletes
 * Astro's cache, and the render cache inside it); it leaves its drawings in the render cache.
 * The second is built here with an Astro cache of its own, seeded with every other drawing of the
 * first: the rest are drawn again. That build so covers both promises for drawings: a clean
 * drawing equals the first build's, and a cached one equals a clean one. A third build, with
 * everything kept, takes every entry's rendered text from the content store: its pages too must
 * be the same bytes. (Astro clears its content store for a build with another output folder, so
 * the second build renders the text afresh.)
 * No exception is needed today: PDFs carry a date taken from the data, share images and posters
 * are drawn without timestamps, and Pagefind's index is content-addressed.
 */
const JUSTIFIED_EXCEPTIONS: RegExp[] = [];

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/** A copy of the render cache with every other drawing of each kind left out. */
function seedHalf(from: string, to: string) {
  for (const kind of readdirSync(from)) {
    mkdirSync(join(to, kind), { recursive: true });
    readdirSync(join(from, kind))
      .sort()
      .filter((_file, index) => index % 2 === 0)
      .forEach((file) => cpSync(join(from, kind, file), join(to, kind, file)));
  }
}

it(
  'a build drawing half afresh and reading half from the cache is byte-identical to the clean dist/',
  {
    timeout: 600_000,
  },
  () => {
    expect(existsSync('dist/index.html'), 'build first: npm run build:clean').toBe(true);
    expect(existsSync(RENDER_CACHE_DIR), `no render cache in ${RENDER_CACHE_DIR}: npm run build:clean`).toBe(true);
    const workspace = mkdtempSync(join(tmpdir(), 'determinism-'));
    try {
      const second = join(workspace, 'dist');
      const cache = join(workspace, 'cache');
      seedHalf(RENDER_CACHE_DIR, join(cache, 'renders'));
      const build = () =>
        spawnSync('npx', ['astro', 'build'], {
          encoding: 'utf8',
          env: { ...process.env, OUT_DIR: second, ASTRO_CACHE_DIR: cache },
        });
      const sameAsDist = () => {
        const files = listFiles('dist');
        expect(listFiles(second)).toEqual(files);
        const differing = files.filter(
          (file) =>
            !JUSTIFIED_EXCEPTIONS.some((pattern) => pattern.test(file)) &&
            !readFileSync(join('dist', file)).equals(readFileSync(join(second, file))),
        );
        console.log(`determinism: ${files.length} files compared, ${differing.length} differ`);
        expect(differing).toEqual([]);
      };
      const drawing = build();
      expect(drawing.status, drawing.stderr).toBe(0);
      // Both ways were taken, for share images and for campaign files alike.
      for (const kind of ['share', 'campaign']) {
        const tally = new RegExp(`renders ${kind}: (\\d+) drawn, (\\d+) from the cache`).exec(drawing.stdout);
        expect(tally, `${kind} tally in the build log`).not.toBeNull();
        expect(Number(tally?.[1]), `${kind} drawn afresh`).toBeGreaterThan(0);
        expect(Number(tally?.[2]), `${kind} read from the cache`).toBeGreaterThan(0);
      }
      sameAsDist();
      // Again with everything kept: every entry's text now comes from the content store
      // (src/build/content/localizedMdxLoader.ts), and the pages are still the same bytes.
      const warm = build();
      expect(warm.status, warm.stderr).toBe(0);
      const stories = /stories: (\d+) rendered, (\d+) from the content store/.exec(warm.stdout);
      expect(stories, 'content store tally in the build log').not.toBeNull();
      expect(Number(stories?.[1]), 'stories rendered again').toBe(0);
      expect(Number(stories?.[2]), 'stories from the content store').toBeGreaterThan(0);
      sameAsDist();
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  },
);
