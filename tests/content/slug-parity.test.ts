import { describe, expect, it } from 'vitest';
import { COLLECTIONS, listEntrySlugs } from '../../src/data/contentModel';
import { LOCALE_INFO, LOCALES } from '../../src/i18n/locales';

const translated = COLLECTIONS.filter((collection) => collection.translated);

describe.each(translated.map((collection) => [collection.folder, collection] as const))('content/%s', (_, collection) => {
  const slugs = (model: typeof collection, lang: string) => listEntrySlugs(model, lang);
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
