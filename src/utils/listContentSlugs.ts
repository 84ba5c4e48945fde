import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_ROOT } from '~/contentRoot';
import { LOCALES } from '~/i18n/locales';

/**
 * The slugs of a collection's entries in any language, read from the file system so that
 * schemas can check references while the collections themselves are still being loaded.
 */
export function listContentSlugs(collection: string): Set<string> {
  const slugs = new Set<string>();
  for (const lang of LOCALES) {
    const folder = join(CONTENT_ROOT, collection, lang);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)) {
      if (file.endsWith('.mdx') && !file.startsWith('_')) slugs.add(file.slice(0, -'.mdx'.length));
    }
  }
  return slugs;
}
