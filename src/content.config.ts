import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { join } from 'node:path';
import { checkEntryReferences } from '~/build/checks/checkEntryReferences';
import { checkTypedNumbers } from '~/build/checks/checkTypedNumbers';
import { COLLECTIONS, type Collection, ENTRY_GLOB } from '~/data/contentModel';
import { CONTENT_ROOT } from '~/data/contentRoot';
import { isLocale, LOCALES } from '~/i18n/locales';
import { SLUG_PATTERN } from '~/schemas/shared';

/**
 * Loads `content/<folder>/<lang>/<slug>.mdx`. The id is `<lang>/<slug>`; a file outside a
 * language folder, in a folder that is not a language, or with a non-ASCII slug stops the build.
 */
function localizedMdx({ folder }: Collection) {
  return glob({
    base: join(CONTENT_ROOT, folder),
    pattern: ENTRY_GLOB,
    generateId: ({ entry }) => {
      const where = `content/${folder}/${entry}`;
      const parts = entry.replace(/\.mdx$/, '').split('/');
      if (parts.length !== 2) throw new Error(`${where}: files must sit in a language folder (${LOCALES.join(', ')})`);
      const [lang, slug] = parts as [string, string];
      if (!isLocale(lang)) throw new Error(`${where}: language folder "${lang}" is not one of ${LOCALES.join(', ')}`);
      if (!SLUG_PATTERN.test(slug))
        throw new Error(`${where}: slug "${slug}" must be lower-case ASCII letters, digits and hyphens`);
      return `${lang}/${slug}`;
    },
  });
}

/**
 * A collection's schema with the checks that read other files: entry references exist
 * (`checkEntryReferences`) and no help-line number is typed into frontmatter (`checkTypedNumbers`).
 */
function withFileChecks<Schema extends z.ZodType>(schema: Schema, references: Record<string, string>) {
  return schema.superRefine(checkEntryReferences(references)).superRefine(checkTypedNumbers());
}

/** Each collection's loader and checked schema, typed per collection so pages get typed entries. */
type DefinedCollections = {
  [C in Collection as C['name']]: { loader: ReturnType<typeof localizedMdx>; schema: C['schema'] };
};

/** The MDX collections of the content model (src/data/contentModel.ts); data files are read in `src/data/`. */
export const collections = Object.fromEntries(
  COLLECTIONS.map((collection) => [
    collection.name,
    defineCollection({
      loader: localizedMdx(collection),
      schema: withFileChecks(collection.schema, collection.references),
    }),
  ]),
) as unknown as DefinedCollections;
