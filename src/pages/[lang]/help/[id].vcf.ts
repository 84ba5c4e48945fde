import type { APIRoute, GetStaticPaths } from 'astro';
import { getPageLocale } from '~/i18n/getPageLocale';
import { LOCALES } from '~/i18n/locales';
import type { Hotline } from '~/schemas/hotline';
import { formatVCard } from '~/utils/formatVCard';
import { publishedHotlines } from '~/data/hotlines';

/** "Save this number": one contact card per published line, named in the reader's language. */
export const getStaticPaths = (async () => {
  const lines = publishedHotlines;
  return LOCALES.flatMap((lang) => lines.map((line) => ({ params: { lang, id: line.id }, props: { line } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ line: Hotline }> = ({ params, props }) => {
  const lang = getPageLocale(params);
  const { line } = props;
  const card = formatVCard({
    name: `${line.display} ${line.name[lang]}`,
    number: line.number,
    note: line.description[lang],
  });
  return new Response(card, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
