import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The frontmatter and slug of every published entry of a collection in one language (none if no folder). */
export function readEntries<Data>(collection: string, lang: string): { slug: string; data: Data }[] {
  const folder = `content/${collection}/${lang}`;
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
    .map((file) => {
      const text = readFileSync(`${folder}/${file}`, 'utf8');
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      return { slug: file.replace(/\.mdx$/, ''), data: parse(frontmatter) as Data };
    });
}
