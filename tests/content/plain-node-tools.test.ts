import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/*
 * The editors' tools run under plain Node, without Vite's alias or transforms. Run each the way
 * `npm run` does, so a module they reach that only the build can load fails here, not on an
 * editor's machine.
 */
const run = (...args: string[]) => execFileSync(process.execPath, args, { encoding: 'utf8', stdio: 'pipe' });

describe('the tools run under plain Node', () => {
  it('npm run format:content -- --check finds every content file in the editor’s form', () => {
    expect(run('tools/format-content.ts', '--check')).toMatch(/^0 of \d+ content files are not in the editor's form/);
  });

  it('npm run check:translations lists every translated entry', () => {
    expect(run('tools/check-translations.ts')).toMatch(/\d+ current, \d+ behind, \d+ missing/);
  });
});
