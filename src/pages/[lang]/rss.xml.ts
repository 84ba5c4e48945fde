import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPageLocale } from '~/i18n/getPageLocale';
import { LOCALES } from '~/i18n/locales';
import { localizedPath } from '~/i18n/paths';
import { useTranslations } from '~/i18n/translate';
import { getLocalizedCollection } from '~/utils/getLocalizedCollection';
import { slugOf } from '~/utils/slugOf';

/**
 * A feed of the stories in each language. A story not yet written in the reader's language is
 * listed with the title and summary of its fallback language, linking to the reader's page,
 * which shows the fallback notice.
 */
export const getStaticPaths = (() => LOCALES.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = getPageLocale(params);
  const t = useTranslations(lang);
  const stories = (await getLocalizedCollection('stories', lang)).map((localized) => localized.entry);
  return rss({
    title: `${t('site.name')}: ${t('stories.title')}`,
    description: t('feed.description'),
    site: new URL(localizedPath(lang, '/'), site).href,
    customData: `<language>${lang}</language>`,
    items: stories.map((story) => ({
      title: story.data.title,
      description: story.data.description,
      link: localizedPath(lang, `/stories/${slugOf(story.id)}/`),
      pubDate: story.data.reviewed,
      author: story.data.person.name,
    })),
  });
};
