import { isLocale, type Locale } from '~/i18n/locales';

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

/** A site path moved to another language: `/sub/en/stories/` → `/sub/kk/stories/`; other URLs unchanged. */
export function inLanguage(href: string, lang: Locale): string {
  if (!href.startsWith(BASE)) return href;
  const [first = '', ...rest] = href.slice(BASE.length).split('/');
  return isLocale(first) ? `${BASE}${[lang, ...rest].join('/')}` : href;
}
