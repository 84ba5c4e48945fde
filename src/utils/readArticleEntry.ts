import type { CollectionEntry } from 'astro:content';
import type { TranslatedCollectionName } from '~/data/contentModel';
import { getPageLocale } from '~/i18n/getPageLocale';
import { useTranslations } from '~/i18n/translate';
import { renderedContentOf } from '~/build/content/renderedContent';
import type { LocalizedEntry } from '~/utils/resolveLocalizedEntry';

/** The collections shown in the article layout; the young people's pages have layouts of their own. */
type ArticleCollection = Exclude<TranslatedCollectionName, 'youth'>;

/**
 * The preamble every `[slug]` route shares: the reader's language (from the route), the entry
 * shown and its language (which differ on a fallback page), a translator for each language and the
 * reading time. The entry's text is rendered by `EntryContent.astro`.
 */
export function readArticleEntry<Entry extends CollectionEntry<ArticleCollection>>(
  params: Record<string, string | undefined>,
  localized: LocalizedEntry<Entry>,
) {
  const lang = getPageLocale(params);
  const { entry, lang: shownLang } = localized;
  return {
    lang,
    shownLang,
    entry,
    data: entry.data as Entry['data'],
    t: useTranslations(lang),
    shownT: useTranslations(shownLang),
    readingMinutes: renderedContentOf(entry).readingMinutes,
  };
}
