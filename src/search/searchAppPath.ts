/**
 * Where the search app for a language is, under the site's base: one bundle per language, holding
 * only that language's query rules (build/integrations/pagefindIndex.ts builds them; the launcher and the
 * search page add the one for the page's language).
 */
export function searchAppPath(lang: string): string {
  return `pagefind/search-app-${lang}.js`;
}
