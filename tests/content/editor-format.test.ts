import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITABLE_COLLECTIONS } from '../../src/cms/cmsConfig';
import { formatDataFile, formatMdxFile, splitFrontmatter } from '../../src/cms/formatContentFile';

/*
 * The content editor rewrites a whole file when it saves one field. Files kept in the form it
 * writes (npm run format:content) come back unchanged but for the edited field.
 */
const mdxFiles = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx') && !file.split('/').at(-1)?.startsWith('_'))
  .map((file) => join('content', file));

describe('content files are in the form the content editor saves', () => {
  it.each(mdxFiles)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(formatMdxFile(text, file), 'run npm run format:content').toBe(text);
  });

  it.each(['content/hotlines.yaml', 'content/glossary.yaml'])('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(formatDataFile(text), 'run npm run format:content').toBe(text);
  });

  it('frontmatter fields stand in the order of the schema, as the editor writes them', () => {
    const misordered: string[] = [];
    for (const file of mdxFiles) {
      const collection = EDITABLE_COLLECTIONS.find(({ name }) => file.startsWith(join('content', name, '/')));
      if (!collection) continue;
      const order = Object.keys((collection.schema as unknown as { shape: Record<string, unknown> }).shape);
      const keys = Object.keys(splitFrontmatter(readFileSync(file, 'utf8'), file).data);
      const expected = order.filter((key) => keys.includes(key));
      if (JSON.stringify(keys) !== JSON.stringify(expected)) misordered.push(`${file}: ${keys.join(', ')}`);
    }
    expect(misordered).toEqual([]);
  });
});
