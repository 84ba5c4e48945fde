/**
 * The content model, declared once. Which collections exist, the folder each lives in, the schema
 * that checks it, whether it is translated, which of its fields name entries of another
 * collection, what a draft is and how an entry file splits into frontmatter and body: the build
 * (`src/content.config.ts`), the editor (`src/cms/`), the tools and the tests all ask this module
 * and none restates it.
 *
 * Runs under plain Node too (`tools/*.ts`), hence the relative `.ts` imports.
 */
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { explainerSchema } from '../schemas/explainer.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { helpNoteSchema } from '../schemas/helpNote.ts';
import { hotlineSchema } from '../schemas/hotline.ts';
import { lessonSchema } from '../schemas/lesson.ts';
import { pageSchema } from '../schemas/page.ts';
import { storySchema } from '../schemas/story.ts';
import { youthSchema } from '../schemas/youth.ts';
import { CONTENT_ROOT } from './contentRoot.ts';
import { readDataList } from './readDataList.ts';

export { LOCALES, type Locale };

/**
 * The MDX collections, each `content/<folder>/<lang>/<slug>.mdx`. `name` is the key pages use
 * with `getCollection`; `label` is what the editor shows; `references` maps a field (a dotted path
 * to a list of slugs) to the collection whose entries it names, or to `glossary` for the term
 * ids of `content/glossary.yaml`.
 */
export const COLLECTIONS = [
  {
    name: 'stories',
    folder: 'stories',
    label: 'Stories',
    schema: storySchema,
    translated: true,
    references: { related: 'explainers' },
  },
  {
    name: 'explainers',
    folder: 'explainers',
    label: 'Explainers',
    schema: explainerSchema,
    translated: true,
    references: { relatedStories: 'stories' },
  },
  {
    name: 'lessons',
    folder: 'lessons',
    label: 'Lessons',
    schema: lessonSchema,
    translated: true,
    references: { 'uses.stories': 'stories', 'uses.explainers': 'explainers', keywords: 'glossary' },
  },
  { name: 'pages', folder: 'pages', label: 'Pages', schema: pageSchema, translated: true, references: {} },
  {
    name: 'youth',
    folder: 'youth',
    label: 'Pages for young people',
    schema: youthSchema,
    translated: true,
    references: {},
  },
  // Help notes are written for one language each, so they have no translations.
  {
    name: 'helpNotes',
    folder: 'help-notes',
    label: 'Get help notes',
    schema: helpNoteSchema,
    translated: false,
    references: {},
  },
] as const;

export type Collection = (typeof COLLECTIONS)[number];
export type CollectionName = Collection['name'];
/** The collections whose entries exist in several languages, with a fallback for the missing ones. */
export type TranslatedCollectionName = Extract<Collection, { translated: true }>['name'];

/** The YAML data files the editor can change, each a list of items checked one by one by its schema. */
export const EDITABLE_DATA_FILES = [
  { name: 'hotlines', label: 'Help lines', file: 'hotlines.yaml', schema: hotlineSchema },
  { name: 'glossary', label: 'Glossary', file: 'glossary.yaml', schema: glossarySchema },
] as const;

/** A collection by its `name` or its folder; undefined for neither. */
export function findCollection(nameOrFolder: string): Collection | undefined {
  return COLLECTIONS.find(({ name, folder }) => name === nameOrFolder || folder === nameOrFolder);
}

/** Drafts start with `_`: the loaders skip them, nothing may refer to them, the tools leave them. */
export function isDraftFile(file: string): boolean {
  return file.startsWith('_');
}

/** Whether a file name is a published entry (an `.mdx` file that is not a draft). */
export function isEntryFile(file: string): boolean {
  return file.endsWith('.mdx') && !isDraftFile(file);
}

/** The glob patterns the build's loader uses for a collection folder: every entry, no draft. */
export const ENTRY_GLOB = ['**/*.mdx', '!**/_*'];

/** The slugs of a collection's published entries in one language, sorted (none if no folder). */
export function listEntrySlugs(collection: Collection, lang: string, root = CONTENT_ROOT): string[] {
  const folder = join(root, collection.folder, lang);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter(isEntryFile)
    .map((file) => file.slice(0, -'.mdx'.length))
    .sort();
}

/**
 * The slugs of a collection's entries in any language, read from the file system so that
 * references can be checked while the collections themselves are still being loaded.
 */
export function listContentSlugs(nameOrFolder: string, root = CONTENT_ROOT): Set<string> {
  const collection = findCollection(nameOrFolder);
  if (!collection) throw new Error(`"${nameOrFolder}" is not a content collection`);
  return new Set(LOCALES.flatMap((lang) => listEntrySlugs(collection, lang, root)));
}

/**
 * The ids a field of `references` may name: the term ids of `content/glossary.yaml` for
 * `glossary` (read when asked, so a broken glossary fails only what needs it), otherwise the
 * slugs of that collection.
 */
export function listReferenceIds(target: string): Set<string> {
  if (target === 'glossary') return new Set(readDataList('glossary.yaml', glossarySchema).map((term) => term.id));
  return listContentSlugs(target);
}

/** One entry file: where it is, what it is, and its text split into frontmatter and body. */
export interface EntryFile {
  /** The path from the working folder, for messages. */
  path: string;
  collection: Collection;
  lang: string;
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

/**
 * Splits an entry's text into its frontmatter (parsed) and its body (as written, trimmed). Astro's
 * own splitter finds the frontmatter, so a byte-order mark or Windows line endings are read as the
 * build reads them; the `yaml` package parses it, as the editor writes it (dates stay strings).
 */
export function splitEntry(text: string, file: string): { data: Record<string, unknown>; body: string } {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const raw = extractFrontmatter(normalized);
  if (raw === undefined) throw new Error(`${file}: no frontmatter between --- lines at the top`);
  const start = normalized.indexOf(`---${raw}---`);
  const data: unknown = parse(raw);
  if (data !== null && (typeof data !== 'object' || Array.isArray(data)))
    throw new Error(`${file}: the frontmatter must be a list of fields (name: value)`);
  return {
    data: (data ?? {}) as Record<string, unknown>,
    body: normalized.slice(start + raw.length + 6).trim(),
  };
}

/** Every published entry of a collection in one language, read from disk (none if no folder). */
export function readEntries(collection: Collection, lang: string, root = CONTENT_ROOT): EntryFile[] {
  return listEntrySlugs(collection, lang, root).map((slug) => {
    const absolute = join(root, collection.folder, lang, `${slug}.mdx`);
    const path = relative(process.cwd(), absolute);
    return { path, collection, lang, slug, ...splitEntry(readFileSync(absolute, 'utf8'), path) };
  });
}

/** Every published entry of every collection, in every language. */
export function readAllEntries(root = CONTENT_ROOT): EntryFile[] {
  return COLLECTIONS.flatMap((collection) => LOCALES.flatMap((lang) => readEntries(collection, lang, root)));
}
