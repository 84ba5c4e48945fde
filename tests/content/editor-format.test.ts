import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDataFile, formatMdxFile } from '../../src/cms/formatContentFile';
import { EDITABLE_DATA_FILES, readAllEntries } from '../../src/data/contentModel';

/*
 * The content editor rewrites a whole file when it saves one field. Files kept in the form it
 * writes (npm run format:content) come back unchanged but for the edited field.
 */
const entries = readAllEntries();

describe('content files are in the form the content editor saves', () => {
  it.each(entries.map(({ path }) => path))('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(formatMdxFile(text, file), 'run npm run format:content').toBe(text);
  });

  it.each(EDITABLE_DATA_FILES.map(({ file }) => `content/${file}`))('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(formatDataFile(text), 'run npm run format:content').toBe(text);
  });

  it('frontmatter fields stand in the order of the schema, as the editor writes them', () => {
    const misordered: string[] = [];
    for (const { path, collection, data } of entries) {
      const order = Object.keys((collection.schema as unknown as { shape: Record<string, unknown> }).shape);
      const keys = Object.keys(data);
      const expected = order.filter((key) => keys.includes(key));
      if (JSON.stringify(keys) !== JSON.stringify(expected)) misordered.push(`${path}: ${keys.join(', ')}`);
    }
    expect(misordered).toEqual([]);
  });
});
