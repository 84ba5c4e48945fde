import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../src/i18n/locales.ts';

const LOCALE_PREFIX = new RegExp(`^/(${LOCALES.join('|')})/`);

/**
 * Paths of every page of the built site: the sitemap's URLs, plus the not-found pages it leaves
 * out (one per language in LOCALES). Read from `dist/`, so a new page or a new language is
 * covered as soon as the build makes it.
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

/** Pages made to be framed by other sites: outside the sitemap, one per language. */
export const EMBED_PAGES = LOCALES.map((lang) => `/embed/help/${lang}/`);

/** The language a path belongs to (`kk`, the default, for pages outside a language folder). */
export function expectedLang(path: string): string {
  return LOCALE_PREFIX.exec(path)?.[1] ?? 'kk';
}

/** The page routes of `src/pages` as segment lists: `[lang]/stories/[slug].astro` → `['[lang]', 'stories', '[slug]']`. */
function pageRoutes(folder = 'src/pages', prefix: string[] = []): string[][] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return pageRoutes(join(folder, entry.name), [...prefix, entry.name]);
    if (!entry.name.endsWith('.astro')) return [];
    const name = entry.name.replace(/\.astro$/, '');
    return [name === 'index' ? prefix : [...prefix, name]];
  });
}

/**
 * The page template (route file) a path is drawn by: `/ru/stories/anna/` → `[lang]/stories/[slug]`.
 * Routes come from `src/pages`, so a new route is a new template without editing this file; where
 * two routes match, the one with more fixed segments wins, as in Astro's routing.
 */
export function templateOf(path: string, routes = pageRoutes()): string {
  const parts = path
    .replace(/\.html$/, '')
    .split('/')
    .filter(Boolean);
  const fits = (route: string[]) =>
    route.length === parts.length && route.every((part, index) => part.startsWith('[') || part === parts[index]);
  const fixed = (route: string[]) => route.filter((part) => !part.startsWith('[')).length;
  const best = routes.filter(fits).sort((a, b) => fixed(b) - fixed(a))[0];
  if (!best) throw new Error(`no route in src/pages draws ${path}`);
  return best.join('/');
}

/** One page per template (the first in sitemap order), for checks that depend on markup, not text. */
export function onePagePerTemplate(paths: readonly string[]): string[] {
  const routes = pageRoutes();
  const seen = new Map<string, string>();
  for (const path of paths) {
    const template = templateOf(path, routes);
    if (!seen.has(template)) seen.set(template, path);
  }
  return [...seen.values()];
}
