import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { join } from 'node:path';
import { checkEntryReferences } from '~/data/checkEntryReferences';
import { checkTypedNumbers } from '~/data/checkTypedNumbers';
import { ENTRY_REFERENCES } from '~/data/entryReferences';
import { CONTENT_ROOT } from '~/data/contentRoot';
import { isLocale, LOCALES } from '~/i18n/locales';
import { explainerSchema } from '~/schemas/explainer';
import { helpNoteSchema } from '~/schemas/helpNote';
import { lessonSchema } from '~/schemas/lesson';
import { pageSchema } from '~/schemas/page';
import { SLUG_PATTERN } from '~/schemas/shared';
import { storySchema } from '~/schemas/story';
import { youthSchema } from '~/schemas/youth';

/**
 * Loads `content/<collection>/<lang>/<slug>.mdx`. The id is `<lang>/<slug>`; a file outside a
 * language folder, in a folder that is not a language, or with a non-ASCII slug stops the build.
 */
function localizedMdx(collection: string) {
  return glob({
    base: join(CONTENT_ROOT, collection),
    pattern: ['**/*.mdx', '!**/_*'], // drafts start with `_` (isDraftFile)
    generateId: ({ entry }) => {
      const where = `content/${collection}/${entry}`;
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
function withFileChecks<Schema extends z.ZodType>(schema: Schema, collection: string) {
  return schema.superRefine(checkEntryReferences(ENTRY_REFERENCES[collection] ?? {})).superRefine(checkTypedNumbers());
}

/** The MDX collections. Data files (hotlines, glossary) are read once in `src/data/`, not here. */
export const collections = {
  stories: defineCollection({ loader: localizedMdx('stories'), schema: withFileChecks(storySchema, 'stories') }),
  explainers: defineCollection({
    loader: localizedMdx('explainers'),
    schema: withFileChecks(explainerSchema, 'explainers'),
  }),
  lessons: defineCollection({ loader: localizedMdx('lessons'), schema: withFileChecks(lessonSchema, 'lessons') }),
  pages: defineCollection({ loader: localizedMdx('pages'), schema: withFileChecks(pageSchema, 'pages') }),
  youth: defineCollection({ loader: localizedMdx('youth'), schema: withFileChecks(youthSchema, 'youth') }),
  helpNotes: defineCollection({
    loader: localizedMdx('help-notes'),
    schema: withFileChecks(helpNoteSchema, 'help-notes'),
  }),
};
