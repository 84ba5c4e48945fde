import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getPageLocale } from '~/i18n/getPageLocale';
import { LOCALES } from '~/i18n/locales';
import SearchDialog from '~/search/components/SearchDialog.astro';

export const getStaticPaths = () => LOCALES.map((lang) => ({ params: { lang } }));

/**
 * The search dialog's markup in one language, as `{ "html": "<dialog…>" }`: the search app fetches
 * this small file (not the whole search page) the first time a reader opens search. JSON rather
 * than an .html fragment, so that the page gates (which read every .html file) see only pages.
 * Astro renders a component to a string only through its container API, still `experimental_`;
 * tests/unit/components/astroInternals.test.ts fails if it changes.
 */
export const GET: APIRoute = async ({ params }) => {
  const lang = getPageLocale(params);
  const container = await AstroContainer.create();
  const html = await container.renderToString(SearchDialog, { props: { lang } });
  return new Response(JSON.stringify({ html: html.trim() }), { headers: { 'Content-Type': 'application/json' } });
};
