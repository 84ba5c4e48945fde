import { describe, expect, it } from 'vitest';
import { COMMON_HEADERS } from '../../src/security/contentSecurityPolicy';
import { builtPages } from '../support/builtPages';
import { headersFor, readHeadersFile } from '../support/headersFile';
import { SUBPATH_BASE, SUBPATH_DIR } from '../support/subpathSite';

const BUILDS = [
  { folder: 'dist', base: '/' },
  { folder: SUBPATH_DIR, base: SUBPATH_BASE },
];

for (const build of BUILDS) {
  describe(`${build.folder}/_headers`, () => {
    const rules = readHeadersFile(build.folder);
    const pages = builtPages(build.folder, build.base);

    it('gives every response the common security headers', () => {
      expect(rules[0]).toEqual({ pattern: `${build.base}*`, headers: COMMON_HEADERS });
      expect(COMMON_HEADERS['Referrer-Policy']).toBe('no-referrer');
      expect(COMMON_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    });

    it("gives every page its <meta> CSP plus frame-ancestors: * for embed cards, 'none' for the rest", () => {
      expect(pages.length).toBeGreaterThan(90);
      for (const page of pages) {
        const meta = page.document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
        expect(meta, page.path).toMatch(/script-src 'self'/);
        const ancestors = page.path.includes('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'";
        expect(headersFor(rules, page.path)['Content-Security-Policy'], page.path).toBe(`${meta}; ${ancestors}`);
      }
    });

    it('lists no path that the build did not make', () => {
      const paths = new Set(pages.map((page) => page.path));
      const strays = rules.slice(1).filter((rule) => !paths.has(rule.pattern));
      expect(strays).toEqual([]);
    });
  });
}
