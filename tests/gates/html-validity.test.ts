import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { FALLBACK_DIR } from '../support/fixtureSites';
import { SUBPATH_DIR } from '../support/subpathSite';

/** The Nu Html Checker (vnu-jar, on Debian's Java; its own Java download is denied) over every built page. */
const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const FOLDERS = ['dist', SUBPATH_DIR, FALLBACK_DIR];

it(`every page in ${FOLDERS.join(', ')} is valid HTML`, { timeout: 300_000 }, () => {
  let report = '';
  try {
    // One Java start for all three builds.
    execFileSync('java', ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'gnu', ...FOLDERS], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    report = String((error as { stderr?: string }).stderr ?? error);
  }
  expect(report.trim().split('\n').filter(Boolean)).toEqual([]);
});
