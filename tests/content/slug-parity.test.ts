import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_INFO, LOCALES } from '../../src/i18n/locales';

/** Published entries (drafts start with `_`) of one collection in one language. */
function slugs(collection: string, lang: string): string[] {
  if (!existsSync(`content/${collection}/${lang}`)) return [];
  return readdirSync(`content/${collection}/${lang}`)
    .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
    .map((file) => file.replace(/\.mdx$/, ''))
    .sort();
}

describe.each(['stories', 'explainers', 'lessons', 'pages', 'youth'])('content/%s', (collection) => {
  it('has every entry in every complete language under the same slug', () => {
    const reference = slugs(collection, 'kk');
    expect(reference.length).toBeGreaterThan(0);
    for (const lang of LOCALES.filter((lang) => !LOCALE_INFO[lang].partial))
      expect(slugs(collection, lang), lang).toEqual(reference);
  });

  it('has no entry in a language still being added that the complete languages lack', () => {
    const reference = slugs(collection, 'kk');
    for (const lang of LOCALES.filter((lang) => LOCALE_INFO[lang].partial))
      expect(reference, lang).toEqual(expect.arrayContaining(slugs(collection, lang)));
  });
});
