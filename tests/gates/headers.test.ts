import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../src/build/builtPages';
import { SUBPATH_BASE, SUBPATH_DIR } from '../support/subpathSite';

/*
 * The `_headers` files as written, against the limits of the hosts that read them (Cloudflare
 * Pages: at most 100 rules, 2,000 characters a line, one `*` a rule). What a host then sends is
 * checked by serving the folder with the host's own server: tests/gates/hosts.test.ts.
 */
const BUILDS = [
  { folder: 'dist', base: '/' },
  { folder: SUBPATH_DIR, base: SUBPATH_BASE },
];

for (const build of BUILDS) {
  describe(`${build.folder}/_headers`, () => {
    const text = readFileSync(`${build.folder}/_headers`, 'utf8');
    const lines = text.split('\n');
    const patterns = lines.filter((line) => line.startsWith('/'));

    it('stays within the hosts’ limits: at most 100 rules, 2,000 characters a line, one * a rule', () => {
      expect(patterns.length).toBeGreaterThan(3);
      expect(patterns.length).toBeLessThanOrEqual(100);
      for (const line of lines) expect(line.length, line.slice(0, 60)).toBeLessThanOrEqual(2000);
      for (const pattern of patterns) expect(pattern.split('*').length, pattern).toBeLessThanOrEqual(2);
    });

    it('holds only rules under the base path, none per page', () => {
      for (const pattern of patterns) expect(pattern.startsWith(build.base), pattern).toBe(true);
      expect(patterns.length).toBeLessThan(builtPages(build.folder, build.base).length / 10);
    });

    it('replaces a header a broader rule set, never adding a second value (one CSP per response)', () => {
      const blocks = text.split(/\n\n/).map((block) => block.split('\n').filter((line) => line.startsWith('  ')));
      const seen = new Set<string>();
      for (const block of blocks) {
        const detached = new Set(block.filter((line) => line.startsWith('  ! ')).map((line) => line.slice(4)));
        for (const line of block.filter((line) => !line.startsWith('  ! '))) {
          const name = line.trim().split(':')[0] ?? '';
          if (seen.has(name)) expect(detached.has(name), `${name} set twice without "! ${name}"`).toBe(true);
          seen.add(name);
        }
      }
    });
  });
}
