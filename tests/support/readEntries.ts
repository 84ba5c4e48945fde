import { findCollection, readEntries as readModelEntries } from '../../src/data/contentModel';

/** The frontmatter and slug of every published entry of a collection in one language (none if no folder). */
export function readEntries<Data>(collection: string, lang: string): { slug: string; data: Data }[] {
  const model = findCollection(collection);
  if (!model) throw new Error(`"${collection}" is not a content collection`);
  return readModelEntries(model, lang).map(({ slug, data }) => ({ slug, data: data as Data }));
}
