/** Ids and selectors shared by markup and tests, so they cannot drift apart. */
export const MAIN_CONTENT_ID = 'main-content';

/** Where "Exit this page" goes: a neutral, widely used weather site. */
export const EXIT_URL = 'https://www.gismeteo.kz/';

/** The main navigation: dictionary key and language-free path of each section, in order. */
export const NAV_SECTIONS = [
  { key: 'nav.stories', path: '/stories/' },
  { key: 'nav.riskFactors', path: '/risk-factors/' },
  { key: 'nav.help', path: '/help/' },
  { key: 'nav.teachers', path: '/teachers/' },
  { key: 'nav.ngos', path: '/ngos/' },
] as const;

/** Footer links to plain pages (slugs of the `pages` collection, plus the glossary). */
export const FOOTER_LINKS = [
  { key: 'footer.about', path: '/about/' },
  { key: 'footer.privacy', path: '/privacy/' },
  { key: 'footer.accessibility', path: '/accessibility/' },
  { key: 'footer.browsingSafely', path: '/browsing-safely/' },
  { key: 'footer.glossary', path: '/glossary/' },
] as const;

/** Kinds of page a search result can be, used as the Pagefind `type` filter. */
export const SEARCH_TYPES = ['story', 'explainer', 'lesson', 'help', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The script every page runs, a classic script in <head> (client/site.ts, build/integrations/siteScript.ts). */
export const SITE_SCRIPT_PATH = '/site.js';

/**
 * How strongly a "yes" to one offer-check question warns, mildest first. Each question of
 * `content/youth/<lang>/check-an-offer.mdx` names its level (`severity`); a `serious` sign is
 * enough on its own for the strongest advice, whatever the other answers.
 */
export const OFFER_SIGN_LEVELS = ['caution', 'serious'] as const;
export type OfferSignLevel = (typeof OFFER_SIGN_LEVELS)[number];

/**
 * The offer check's results, weakest first: `noSign` (every answer "no": which says what the check
 * cannot know, never "safe"), then one per sign level.
 */
export const OFFER_RESULTS = ['noSign', ...OFFER_SIGN_LEVELS] as const;
export type OfferResult = (typeof OFFER_RESULTS)[number];
