import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { SUBPATH_DIR } from '../support/subpathSite';

/** The Nu Html Checker (vnu-jar, on Debian's Java; its own Java download is denied) over every built page. */
const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
for (const folder of ['dist', SUBPATH_DIR]) {
  test(`every page in ${folder} is valid HTML`, () => {
    let report = '';
    try {
      execFileSync('java', ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'gnu', folder], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      report = String((error as { stderr?: string }).stderr ?? error);
    }
    expect(report.trim().split('\n').filter(Boolean)).toEqual([]);
  });
}
