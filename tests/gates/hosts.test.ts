import { readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/security/contentSecurityPolicy';
import { builtPages } from '../../src/build/builtPages';
import { startNginx, startWrangler, type HostServer } from '../support/hostServers';

/*
 * The built site served by the hosts' own software, as readers would reach it: Cloudflare's
 * `wrangler pages dev` (its `_headers` parser and its 100-rule limit) and Debian's nginx with the
 * configuration the build writes. Every page, the addresses a page can also be reached at, 404s,
 * and one file of every other type, each fetched and its headers checked.
 */
const FOLDER = 'dist';
const pages = builtPages(FOLDER);
const files = readdirSync(FOLDER, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && !entry.name.startsWith('_'))
  .map((entry) => `/${relative(FOLDER, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
/** One file of each non-HTML type (the first in sorted order), so every type is fetched. */
const oneOfEachType = [
  ...new Map(
    files
      .filter((file) => !file.endsWith('.html'))
      .sort()
      .map((file) => [extname(file), file]),
  ).values(),
];
/** Files opened on their own that are documents: they must be sandboxed. */
const SANDBOXED = new Set(['.svg', '.json', '.xml']);

const PAGE_POLICY = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
const HOSTS = { wrangler: startWrangler, nginx: startNginx };

for (const [name, start] of Object.entries(HOSTS)) {
  describe(`served by ${name}`, () => {
    let host: HostServer;
    beforeAll(async () => {
      host = await start(FOLDER);
    }, 120_000);
    afterAll(() => host?.stop());

    const get = (path: string) => fetch(host.origin + path, { redirect: 'follow' });

    it('reads every header rule (none skipped for a limit)', async () => {
      await get('/');
      expect(host.output()).not.toMatch(/Maximum number of rules|Skipping|Invalid|emerg/i);
    });

    it(`gives every page (${pages.length}) one policy: its <meta> CSP plus frame-ancestors, COOP and HSTS`, async () => {
      expect(pages.length).toBeGreaterThan(150);
      for (const page of pages) {
        const response = await get(page.path);
        expect(response.status, page.path).toBe(200);
        const meta = page.document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
        const ancestors = page.path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'";
        expect(response.headers.get('content-security-policy'), page.path).toBe(`${meta}; ${ancestors}`);
        expect(response.headers.get('cross-origin-opener-policy'), page.path).toBe('same-origin');
        expect(response.headers.get('strict-transport-security'), page.path).toMatch(/^max-age=\d{8,}/);
        expect(response.headers.get('x-content-type-options'), page.path).toBe('nosniff');
        expect(response.headers.get('referrer-policy'), page.path).toBe('no-referrer');
        expect(response.headers.get('permissions-policy'), page.path).toContain('camera=()');
      }
    });

    it('gives the same policy to 404s anywhere and to /…/index.html addresses', async () => {
      for (const path of [
        '/no-such-page/',
        '/kk/no-such-page/',
        '/campaign-x',
        '/kk/index.html',
        '/index.html',
        '/ru/help/index.html',
      ]) {
        const response = await get(path);
        expect([200, 404], path).toContain(response.status);
        expect(response.headers.get('content-security-policy'), path).toBe(PAGE_POLICY);
        expect(response.headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
      }
      expect((await get('/no-such-page/')).status).toBe(404);
    });

    it(`gives files that are not pages a strict policy (${oneOfEachType.length} types)`, async () => {
      expect(oneOfEachType.map((file) => extname(file))).toEqual(
        expect.arrayContaining(['.svg', '.pdf', '.json', '.xml', '.png']),
      );
      for (const file of [
        ...oneOfEachType,
        ...files.filter((path) => /^\/(campaign|qr)\/.*\.svg$/.test(path)).slice(0, 3),
      ]) {
        const response = await get(file);
        expect(response.status, file).toBe(200);
        const policy = response.headers.get('content-security-policy') ?? '';
        expect(policy, file).not.toContain(','); // one policy, never two joined
        expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
        if (SANDBOXED.has(extname(file)) || /^\/(campaign|qr|og)\//.test(file)) {
          expect(policy, file).toContain("default-src 'none'");
          if (extname(file) !== '.pdf') expect(policy, file).toMatch(/(^|; )sandbox(;|$)/);
        }
        if (extname(file) === '.pdf') expect(policy, file).toContain("default-src 'none'");
      }
    });
  });
}
