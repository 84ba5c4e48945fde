/**
 * `npm run format:content`: writes every content file in the form the content editor saves
 * (src/cms/formatContentFile.ts), so that editing in the browser changes only what was edited.
 * `--check` lists the files that are not in that form and exits 1.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDataFile, formatMdxFile } from '../src/cms/formatContentFile.ts';
import { CONTENT_ROOT } from '../src/data/contentRoot.ts';
import { EDITABLE_DATA_FILES, readAllEntries } from '../src/data/contentModel.ts';

const check = process.argv.includes('--check');
const files = [
  ...readAllEntries().map(({ path }) => path),
  ...EDITABLE_DATA_FILES.map(({ file }) => join(CONTENT_ROOT, file)).filter((path) => existsSync(path)),
];
const changed: string[] = [];
for (const path of files) {
  const text = readFileSync(path, 'utf8');
  const formatted = path.endsWith('.mdx') ? formatMdxFile(text, path) : formatDataFile(text);
  if (formatted === text) continue;
  changed.push(path);
  if (!check) writeFileSync(path, formatted);
}
console.log(
  `${changed.length} of ${files.length} content files ${check ? 'are not' : 'were not'} in the editor's form${changed.length ? `:\n  ${changed.join('\n  ')}` : ''}`,
);
if (check && changed.length) process.exit(1);
