import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

/**
 * Two clean builds of the same sources produce byte-identical folders. The first is `dist/`,
 * which `npm test` builds from a clean cache (`npm run build:clean`); the second is built here
 * with a cache of its own. No exception is needed today: PDFs carry a date taken from the data,
 * share images and posters are drawn without timestamps, and Pagefind's index is content-addressed.
 * Run alone, build with `npm run build:clean` first, or a stale cache shows up as a difference.
 */
const JUSTIFIED_EXCEPTIONS: RegExp[] = [];

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

it('a second clean build is byte-identical to dist/', { timeout: 300_000 }, () => {
  expect(existsSync('dist/index.html'), 'build first: npm run build:clean').toBe(true);
  const workspace = mkdtempSync(join(tmpdir(), 'determinism-'));
  try {
    const second = join(workspace, 'dist');
    execFileSync('npx', ['astro', 'build'], {
      stdio: 'ignore',
      env: { ...process.env, OUT_DIR: second, ASTRO_CACHE_DIR: join(workspace, 'cache') },
    });
    const files = listFiles('dist');
    expect(listFiles(second)).toEqual(files);
    const differing = files.filter(
      (file) =>
        !JUSTIFIED_EXCEPTIONS.some((pattern) => pattern.test(file)) &&
        !readFileSync(join('dist', file)).equals(readFileSync(join(second, file))),
    );
    console.log(`determinism: ${files.length} files compared, ${differing.length} differ`);
    expect(differing).toEqual([]);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
});
