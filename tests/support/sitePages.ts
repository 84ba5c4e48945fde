import { readFileSync } from 'node:fs';
import { LOCALES } from '../../src/i18n/locales';

/**
 * Paths of every page of the built site: the sitemap's URLs, plus the 404 pages it leaves out.
 * Read from `dist/`, so tests cover whatever the build produced.
 */
export function sitePages(): string[] {
  const index = readFileSync('dist/sitemap-index.xml', 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const pages = sitemaps.flatMap((sitemap) => {
    const xml = readFileSync(`dist/${sitemap.split('/').at(-1)}`, 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  });
  return [...pages, '/404.html', ...LOCALES.map((lang) => `/${lang}/404/`)];
}

/** Pages made to be framed by other sites: outside the sitemap, checked for accessibility too. */
export const EMBED_PAGES = LOCALES.map((lang) => `/embed/help/${lang}/`);

/** A path's leading language folder: `/uz/help/` → `uz`. */
export const LOCALE_PATH = new RegExp(`^/(${LOCALES.join('|')})/`);

/** The language a path belongs to (`kk` for pages outside a language folder). */
export function expectedLang(path: string): string {
  return LOCALE_PATH.exec(path)?.[1] ?? 'kk';
}
