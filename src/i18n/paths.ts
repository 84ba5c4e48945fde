import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '~/i18n/locales';

/** The configured base path, always ending in `/` (`/` or `/some/sub/path/`). */
export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A path inside the site, with the base path prepended: `withBase('/kk/')` → `/sub/kk/`. */
export function withBase(path: string): string {
  return BASE + path.replace(/^\//, '');
}

/**
 * The address of a page in one language. `path` is the page's path without language
 * (`/stories/`, `/`), as written in navigation and MDX links.
 */
export function localizedPath(lang: Locale, path = '/'): string {
  return withBase(`${lang}/${path.replace(/^\//, '')}`);
}

/** Splits a site URL path into its language and the rest: `/sub/ru/help/` → `ru`, `/help/`. */
export function splitLocalePath(pathname: string): { lang: Locale; path: string } {
  const inSite = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '');
  const [first = '', ...rest] = inSite.split('/');
  if (!isLocale(first)) return { lang: DEFAULT_LOCALE, path: `/${inSite}` };
  return { lang: first, path: `/${rest.join('/')}` };
}

/** The same page in every language, for hreflang alternates and the language switcher. */
export function alternatePaths(path: string): { lang: Locale; href: string }[] {
  return LOCALES.map((lang) => ({ lang, href: localizedPath(lang, path) }));
}
