import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, type BuiltPage } from '../../src/build/builtPages';
import { PUBLISHED_NUMBERS } from '../../src/data/publishedNumbers';
import { LOCALES } from '../../src/i18n/locales';
import { FALLBACK_DIR } from '../support/fixtureSites';
import { PREVIEW_SITE_URL } from '../support/ports';
import { SUBPATH_BASE, SUBPATH_DIR, SUBPATH_SITE } from '../support/subpathSite';

const LOCALE_PREFIX = new RegExp(`^/(${LOCALES.join('|')})/`);

/** Link texts that say nothing out of context, in any of the site's languages. */
const VAGUE_LINK_TEXT = [
  'here',
  'click here',
  'read more',
  'more',
  'мұнда',
  'осында',
  'здесь',
  'тут',
  'подробнее',
  'далее',
];

/** The real site at the root and under a sub-path, and the fixture site whose pages fall back to other languages. */
const BUILDS = [
  { name: 'default base', folder: 'dist', base: '/', origin: PREVIEW_SITE_URL, minPages: 90 },
  { name: `BASE_PATH=${SUBPATH_BASE}`, folder: SUBPATH_DIR, base: SUBPATH_BASE, origin: SUBPATH_SITE, minPages: 90 },
  { name: 'fallback fixture', folder: FALLBACK_DIR, base: '/', origin: PREVIEW_SITE_URL, minPages: 20 },
];

/** The file a site-internal URL path is served from, or undefined when none exists. */
function fileFor(folder: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const inSite = decodeURIComponent(path.slice(base.length));
  const candidates =
    inSite === '' || inSite.endsWith('/') ? [join(inSite, 'index.html')] : [inSite, join(inSite, 'index.html')];
  return candidates.map((candidate) => join(folder, candidate)).find((file) => existsSync(file));
}

for (const build of BUILDS) {
  describe(build.name, () => {
    let pages: BuiltPage[] = [];
    beforeAll(() => {
      pages = builtPages(build.folder, build.base);
    });

    it('every internal link, image, script, stylesheet and #fragment resolves', () => {
      expect(pages.length).toBeGreaterThan(build.minPages);
      const ids = new Map(
        pages.map((page) => [page.path, new Set(page.document.querySelectorAll('[id]').map((node) => node.id))]),
      );
      const broken: string[] = [];
      for (const page of pages) {
        const references = page.document
          .querySelectorAll('a[href], link[href], script[src], img[src], iframe[src], source[src]')
          .map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? '');
        for (const reference of references) {
          const url = new URL(reference, `${build.origin}${page.path}`);
          if (url.origin !== build.origin || !/^https?:$/.test(url.protocol)) continue;
          if (!fileFor(build.folder, build.base, url.pathname)) {
            broken.push(`${page.path} → ${reference}`);
            continue;
          }
          const fragment = decodeURIComponent(url.hash.slice(1));
          const targetIds = ids.get(url.pathname.endsWith('/') ? url.pathname : `${url.pathname}`);
          if (fragment && targetIds && !targetIds.has(fragment))
            broken.push(`${page.path} → ${reference} (no #${fragment})`);
        }
      }
      expect(broken).toEqual([]);
    });

    it('every address leaves only by https or mailto, and tel: links dial only the pinned numbers', () => {
      const dialled = new Set(Object.values(PUBLISHED_NUMBERS));
      const refused: string[] = [];
      for (const page of pages) {
        const references = page.document
          .querySelectorAll('a[href], link[href], script[src], img[src], iframe[src], source[src], form[action]')
          .map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? node.getAttribute('action') ?? '');
        for (const reference of references) {
          const url = new URL(reference, `${build.origin}${page.path}`);
          if (url.origin === build.origin || url.protocol === 'https:' || url.protocol === 'mailto:') continue;
          if (url.protocol === 'tel:' && dialled.has(url.pathname)) continue;
          refused.push(`${page.path} → ${reference}`);
        }
      }
      expect(refused).toEqual([]);
    });

    it('pages link within their own language, except the language switcher', () => {
      const strays: string[] = [];
      for (const page of pages) {
        const lang = LOCALE_PREFIX.exec(page.path.slice(build.base.length - 1))?.[1];
        if (!lang) continue;
        for (const link of page.document.querySelectorAll('a[href]')) {
          if (link.getAttribute('hreflang')) continue; // the language switcher
          const url = new URL(link.getAttribute('href') ?? '', `${build.origin}${page.path}`);
          if (url.origin !== build.origin) continue;
          const other = LOCALE_PREFIX.exec(url.pathname.slice(build.base.length - 1))?.[1];
          if (other && other !== lang) strays.push(`${page.path} → ${url.pathname}`);
        }
      }
      expect(strays).toEqual([]);
    });

    it('no link says only "here", "read more" or the like', () => {
      const vague: string[] = [];
      for (const page of pages) {
        for (const link of page.document.querySelectorAll('a')) {
          const text = link.textContent
            .trim()
            .toLocaleLowerCase()
            .replace(/[.…:!]+$/, '');
          if (VAGUE_LINK_TEXT.includes(text)) vague.push(`${page.path}: «${link.textContent.trim()}»`);
        }
      }
      expect(vague).toEqual([]);
    });
  });
}
