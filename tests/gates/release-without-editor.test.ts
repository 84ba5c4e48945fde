import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBPATH_DIR } from '../support/subpathSite';

/**
 * The release build the suite shares (tests/support/buildFixture.ts `subpath`, RELEASE=1) holds
 * no file of the content editor: the editor keeps a token that can write to the repository, so it
 * is published from its own build on another origin (`npm run build:editor`), never beside readers.
 */
const files = readdirSync(SUBPATH_DIR, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(SUBPATH_DIR, join(entry.parentPath, entry.name)).split(sep).join('/'));
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.txt', '.yml', '.yaml', '.webmanifest']);

describe(`the release build (${SUBPATH_DIR})`, () => {
  it('is a built site (the gate reads real files)', () => {
    expect(files).toContain('kk/index.html');
  });

  it('has no editor page, configuration, bundle or translation tracker', () => {
    expect(files.filter((file) => /(^|\/)admin\//.test(file))).toEqual([]);
    expect(
      files.filter((file) => /(^|\/)(config\.ya?ml|sveltia[^/]*|frame-guard\.js|github-status\.json)$/.test(file)),
    ).toEqual([]);
  });

  it('has no file that loads or names the editor', () => {
    const naming = files.filter(
      (file) =>
        TEXT.has(extname(file)) &&
        /sveltia|cms-config-url|rel="cms-config|\/admin\//i.test(readFileSync(join(SUBPATH_DIR, file), 'utf8')),
    );
    expect(naming).toEqual([]);
  });
});
