import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { checkEntryReferences } from '~/build/checks/checkEntryReferences';
import { checkTypedNumbers } from '~/build/checks/checkTypedNumbers';
import { localizedMdxLoader } from '~/build/content/localizedMdxLoader';
import { COLLECTIONS, type Collection } from '~/data/contentModel';

/**
 * A collection's schema with the checks that read other files: entry references exist
 * (`checkEntryReferences`) and no help-line number is typed into frontmatter (`checkTypedNumbers`).
 */
function withFileChecks<Schema extends z.ZodType>(schema: Schema, references: Record<string, string>) {
  return schema.superRefine(checkEntryReferences(references)).superRefine(checkTypedNumbers());
}

/** Each collection's loader and checked schema, typed per collection so pages get typed entries. */
type DefinedCollections = {
  [C in Collection as C['name']]: { loader: ReturnType<typeof localizedMdxLoader>; schema: C['schema'] };
};

/** The MDX collections of the content model (src/data/contentModel.ts); data files are read in `src/data/`. */
export const collections = Object.fromEntries(
  COLLECTIONS.map((collection) => [
    collection.name,
    defineCollection({
      loader: localizedMdxLoader(collection),
      schema: withFileChecks(collection.schema, collection.references),
    }),
  ]),
) as unknown as DefinedCollections;
