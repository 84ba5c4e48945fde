import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getPageLocale } from '~/i18n/getPageLocale';
import { LOCALES } from '~/i18n/locales';
import { localizedPath } from '~/i18n/paths';
import { useTranslations } from '~/i18n/translate';
import { slugOf } from '~/utils/slugOf';

/** A feed of the stories written in each language (fallbacks are left out: a feed is per language). */
export const getStaticPaths = (() => LOCALES.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = getPageLocale(params);
  const t = useTranslations(lang);
  const stories = (await getCollection('stories', (entry) => entry.id.startsWith(`${lang}/`))).sort(
    (a, b) => a.data.order - b.data.order,
  );
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
