import { describe, expect, it } from 'vitest';
import { ADMIN_CONTENT_SECURITY_POLICY, COMMON_HEADERS } from '../../src/security/contentSecurityPolicy';
import { builtPages } from '../../tools/builtPages';
import { headersFor, readHeadersFile } from '../support/headersFile';
import { SUBPATH_BASE, SUBPATH_DIR } from '../support/subpathSite';

/** The preview build (`dist`) carries the content editor at /admin/; a release build has none. */
const BUILDS = [
  { folder: 'dist', base: '/', editor: true },
  { folder: SUBPATH_DIR, base: SUBPATH_BASE, editor: false },
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

    // The content editor's pages (not in builtPages: an application, not reading pages).
    const adminPages = build.editor ? [`${build.base}admin/`, `${build.base}admin/translations/`] : [];

    it.runIf(build.editor)("gives the content editor's pages the editor's own policy, and no framing", () => {
      for (const path of adminPages) {
        expect(headersFor(rules, path)['Content-Security-Policy'], path).toBe(
          `${ADMIN_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
        );
      }
    });

    it('lists no path that the build did not make', () => {
      const paths = new Set([...pages.map((page) => page.path), ...adminPages]);
      const strays = rules.slice(1).filter((rule) => !paths.has(rule.pattern));
      expect(strays).toEqual([]);
    });
  });
}
