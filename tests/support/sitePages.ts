import { readFileSync } from 'node:fs';

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
  return [...pages, '/404.html', '/kk/404/', '/ru/404/', '/en/404/'];
}

/** Pages made to be framed by other sites: outside the sitemap, checked for accessibility too. */
export const EMBED_PAGES = ['/embed/help/kk/', '/embed/help/ru/', '/embed/help/en/'];

/** The language a path belongs to (`kk` for pages outside a language folder). */
export function expectedLang(path: string): string {
  return /^\/(kk|ru|en)\//.exec(path)?.[1] ?? 'kk';
}
