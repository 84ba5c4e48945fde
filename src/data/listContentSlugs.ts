import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../i18n/locales.ts';
import { CONTENT_ROOT } from './contentRoot.ts';
import { glossaryTerms } from './glossary.ts';

/** Drafts start with `_`: the loaders skip them, and nothing may refer to them. */
export function isDraftFile(file: string): boolean {
  return file.startsWith('_');
}

/**
 * The slugs of a collection's entries in any language, read from the file system so that
 * references can be checked while the collections themselves are still being loaded.
 */
export function listContentSlugs(collection: string): Set<string> {
  const slugs = new Set<string>();
  for (const lang of LOCALES) {
    const folder = join(CONTENT_ROOT, collection, lang);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)) {
      if (file.endsWith('.mdx') && !isDraftFile(file)) slugs.add(file.slice(0, -'.mdx'.length));
    }
  }
  return slugs;
}

/**
 * The ids an entry may name in a field of `ENTRY_REFERENCES`: the term ids of
 * `content/glossary.yaml` for `glossary`, otherwise the slugs of that collection.
 */
export function listReferenceIds(target: string): Set<string> {
  if (target === 'glossary') return new Set(glossaryTerms.map((term) => term.id));
  return listContentSlugs(target);
}
