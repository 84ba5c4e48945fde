import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COLLECTIONS,
  findCollection,
  isEntryFile,
  listContentSlugs,
  listReferenceIds,
  splitEntry,
} from '../../../src/data/contentModel';

describe('splitEntry', () => {
  const entry = '---\ntitle: "Aigerim"\nreviewed: "2026-12-01"\n---\n\nThe body.\n';

  it('parses the frontmatter and keeps the body as written', () => {
    expect(splitEntry(entry, 'a.mdx')).toEqual({
      data: { title: 'Aigerim', reviewed: '2026-12-01' },
      body: 'The body.',
    });
  });

  it('reads a file saved with a byte-order mark or Windows line endings as the build does', () => {
    const expected = splitEntry(entry, 'a.mdx');
    expect(splitEntry(`\uFEFF${entry}`, 'a.mdx')).toEqual(expected);
    expect(splitEntry(entry.replaceAll('\n', '\r\n'), 'a.mdx')).toEqual(expected);
  });

  it('names the file when there is no frontmatter, or when it is not a list of fields', () => {
    expect(() => splitEntry('Just text.\n', 'content/stories/kk/x.mdx')).toThrow(
      'content/stories/kk/x.mdx: no frontmatter between --- lines at the top',
    );
    expect(() => splitEntry('---\n- a\n- b\n---\n', 'x.mdx')).toThrow(
      'x.mdx: the frontmatter must be a list of fields',
    );
  });
});

describe('the collections', () => {
  it('are found by name or by folder', () => {
    expect(findCollection('helpNotes')?.folder).toBe('help-notes');
    expect(findCollection('help-notes')?.name).toBe('helpNotes');
    expect(findCollection('terms')).toBeUndefined();
  });

  it('skip drafts (a file starting with _) and anything that is not MDX', () => {
    expect(isEntryFile('story.mdx')).toBe(true);
    expect(isEntryFile('_draft.mdx')).toBe(false);
    expect(isEntryFile('notes.md')).toBe(false);
    const root = mkdtempSync(join(tmpdir(), 'content-model-'));
    for (const lang of ['kk', 'ru']) mkdirSync(join(root, 'stories', lang), { recursive: true });
    writeFileSync(join(root, 'stories', 'kk', 'a.mdx'), '---\n---\n');
    writeFileSync(join(root, 'stories', 'kk', '_b.mdx'), '---\n---\n');
    writeFileSync(join(root, 'stories', 'ru', 'c.mdx'), '---\n---\n');
    expect([...listContentSlugs('stories', root)].sort()).toEqual(['a', 'c']);
  });

  it('refuse an unknown collection by name', () => {
    expect(() => listContentSlugs('storys')).toThrow('"storys" is not a content collection');
  });

  it('each name an existing collection, or the glossary, in their references', () => {
    for (const { references } of COLLECTIONS)
      for (const target of Object.values(references))
        expect(target === 'glossary' || findCollection(target) !== undefined, target).toBe(true);
  });

  it('offer the glossary term ids for a keyword reference, and slugs for a collection', () => {
    expect(listReferenceIds('glossary').has('public-defender')).toBe(true);
    expect(listReferenceIds('stories').has('fatima-khamzayeva')).toBe(true);
  });
});
