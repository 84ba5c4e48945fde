import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';

/** Published entries (drafts start with `_`) of one collection in one language. */
function slugs(collection: string, lang: string): string[] {
  return readdirSync(`content/${collection}/${lang}`)
    .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
    .map((file) => file.replace(/\.mdx$/, ''))
    .sort();
}

describe.each(['stories', 'explainers', 'lessons', 'pages', 'youth'])('content/%s', (collection) => {
  it('has every entry in kk, ru and en under the same slug', () => {
    const reference = slugs(collection, 'kk');
    expect(reference.length).toBeGreaterThan(0);
    for (const lang of LOCALES) expect(slugs(collection, lang), lang).toEqual(reference);
  });
});
