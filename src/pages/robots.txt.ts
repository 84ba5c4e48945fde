import type { APIRoute } from 'astro';
import { withBase } from '~/i18n/paths';

/**
 * Everything may be crawled except the help card made for partners' frames. The content editor is
 * not named: a release has none, and a preview's `/admin/` page asks for noindex itself.
 */
export const GET: APIRoute = ({ site, url }) => {
  const sitemap = new URL(withBase('/sitemap-index.xml'), site ?? url).href;
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${withBase('/embed/')}\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
