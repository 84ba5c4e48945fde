/**
 * Builds one of the fixture sites the browser tests and the file gates read:
 *   node tests/support/buildFixture.ts fallback|subpath [--if-stale]
 * `fallback` is tests/fixtures/small-site (missing translations); `subpath` is the real site as an
 * NGO would host it, on its own domain under a sub-path. With --if-stale the build is skipped when
 * the folder is newer than every source it is built from (so `npm test`, which builds both first,
 * does not build them again when Playwright starts its servers).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_SITES, type FixtureName } from './fixtureSites.ts';

const [name, flag] = process.argv.slice(2);
if (!name || !(name in FIXTURE_SITES))
  throw new Error(`usage: buildFixture.ts ${Object.keys(FIXTURE_SITES).join('|')} [--if-stale]`);
const fixture = FIXTURE_SITES[name as FixtureName];
const stamp = join(fixture.outDir, '.built');

/** The newest modification time under the given files and folders. */
function newest(paths: readonly string[]): number {
  return Math.max(
    ...paths
      .filter((path) => existsSync(path))
      .map((path) => {
        const stat = statSync(path);
        if (!stat.isDirectory()) return stat.mtimeMs;
        return newest(readdirSync(path).map((entry) => join(path, entry)));
      }),
    0,
  );
}

if (flag === '--if-stale' && existsSync(stamp) && statSync(stamp).mtimeMs > newest(fixture.sources)) {
  console.log(`${fixture.outDir} is up to date`);
} else {
  execFileSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, ...fixture.env } });
  writeFileSync(stamp, '');
}
