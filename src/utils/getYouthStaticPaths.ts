import { getLocalizedStaticPaths } from '~/utils/getLocalizedCollection';

/**
 * Static paths for one page of the `youth` collection in every language (with fallback). Each
 * youth page has its own route, so the slug is not a route parameter.
 */
export async function getYouthStaticPaths(slug: string) {
  // A content tree without the entry (such as the small test fixture site) simply has no such page.
  const paths = (await getLocalizedStaticPaths('youth')).filter((path) => path.params.slug === slug);
  return paths.map(({ params, props }) => ({ params: { lang: params.lang }, props }));
}
