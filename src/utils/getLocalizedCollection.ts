import { getCollection } from 'astro:content';
import type { TranslatedCollectionName } from '~/data/contentModel';
import { LOCALES, type Locale } from '~/i18n/locales';
import { resolveLocalizedEntry, type LocalizedEntry } from '~/utils/resolveLocalizedEntry';
import { slugOf } from '~/utils/slugOf';

type LocalizedCollection = TranslatedCollectionName;

/**
 * Every slug of a collection resolved for one reader language (with fallback), sorted by the
 * entries' `order` when they have one.
 */
export async function getLocalizedCollection<C extends LocalizedCollection>(collection: C, lang: Locale) {
  const entries = await getCollection(collection);
  const slugs = [...new Set(entries.map((entry) => slugOf(entry.id)))];
  const resolved = slugs
    .map((slug) => resolveLocalizedEntry(entries, slug, lang))
    .filter((item): item is LocalizedEntry<(typeof entries)[number]> => item !== undefined);
  const orderOf = (item: (typeof resolved)[number]) => ('order' in item.entry.data ? item.entry.data.order : 0);
  return resolved.sort((a, b) => orderOf(a) - orderOf(b) || a.entry.id.localeCompare(b.entry.id));
}

/** Static paths for `[lang]/…/[slug]`: every slug in every language, missing ones falling back. */
export async function getLocalizedStaticPaths<C extends LocalizedCollection>(collection: C) {
  const paths = await Promise.all(
    LOCALES.map(async (lang) =>
      (await getLocalizedCollection(collection, lang)).map((localized) => ({
        params: { lang, slug: slugOf(localized.entry.id) },
        props: { localized },
      })),
    ),
  );
  return paths.flat();
}
