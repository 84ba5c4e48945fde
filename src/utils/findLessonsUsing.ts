import { getCollection } from 'astro:content';
import type { Locale } from '~/i18n/locales';
import { localizedPath } from '~/i18n/paths';
import { getLocalizedCollection } from '~/utils/getLocalizedCollection';
import { slugOf } from '~/utils/slugOf';

/** Lessons that build on a story or an explainer, for its "Use in class" box. */
export async function findLessonsUsing(kind: 'stories' | 'explainers', slug: string, lang: Locale) {
  if ((await getCollection('lessons')).length === 0) return [];
  return (await getLocalizedCollection('lessons', lang))
    .filter(({ entry }) => entry.data.uses[kind].includes(slug))
    .map(({ entry, lang: shownLang }) => ({
      title: entry.data.title,
      href: localizedPath(lang, `/teachers/${slugOf(entry.id)}/`),
      lang: shownLang,
    }));
}
