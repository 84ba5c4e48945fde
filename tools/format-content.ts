/**
 * `npm run format:content`: writes every content file in the form the content editor saves
 * (src/cms/formatContentFile.ts), so that editing in the browser changes only what was edited.
 * `--check` lists the files that are not in that form and exits 1.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDataFile, formatMdxFile } from '../src/cms/formatContentFile.ts';

const root = process.env['CONTENT_DIR'] ?? 'content';
const check = process.argv.includes('--check');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => /(^|\/)[^_/][^/]*\.mdx$/.test(file) || /^(hotlines|glossary)\.yaml$/.test(file))
  .sort();
const changed: string[] = [];
for (const file of files) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const formatted = file.endsWith('.mdx') ? formatMdxFile(text, path) : formatDataFile(text);
  if (formatted === text) continue;
  changed.push(path);
  if (!check) writeFileSync(path, formatted);
}
console.log(
  `${changed.length} of ${files.length} content files ${check ? 'are not' : 'were not'} in the editor's form${changed.length ? `:\n  ${changed.join('\n  ')}` : ''}`,
);
if (check && changed.length) process.exit(1);
