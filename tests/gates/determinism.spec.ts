import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/**
 * Two clean builds of the same sources produce byte-identical folders. No exception is needed
 * today: PDFs carry a date taken from the data, share images and posters are drawn without
 * timestamps, and Pagefind's index is content-addressed.
 */
const JUSTIFIED_EXCEPTIONS: RegExp[] = [];

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

test('two clean builds produce byte-identical output', () => {
  test.setTimeout(300_000);
  const workspace = mkdtempSync(join(tmpdir(), 'determinism-'));
  try {
    const outputs = ['first', 'second'].map((name) => {
      const outDir = join(workspace, name);
      execFileSync('npx', ['astro', 'build'], {
        stdio: 'ignore',
        env: { ...process.env, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(workspace, `${name}-cache`) },
      });
      return outDir;
    });
    const [first = '', second = ''] = outputs;
    const files = listFiles(first);
    expect(listFiles(second)).toEqual(files);
    const differing = files.filter(
      (file) =>
        !JUSTIFIED_EXCEPTIONS.some((pattern) => pattern.test(file)) &&
        !readFileSync(join(first, file)).equals(readFileSync(join(second, file))),
    );
    console.log(`determinism: ${files.length} files compared, ${differing.length} differ`);
    expect(differing).toEqual([]);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
});
