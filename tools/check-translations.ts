/**
 * `npm run check:translations`: for every entry, each language's state: the source, missing (the
 * site shows a fallback), current, or behind the source version it was translated from. The same
 * table as the editors' page /admin/translations/. Informs; exits 0.
 * `--stamp` writes the source's current version into every translation that has none yet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../src/i18n/locales.ts';
import { translationStatus } from '../src/cms/translationStatus.ts';

const root = process.env['CONTENT_DIR'] ?? 'content';
const rows = translationStatus(root);
const mark = { source: 'source', missing: 'MISSING', current: 'ok', behind: 'BEHIND' } as const;
console.log(['entry'.padEnd(44), ...LOCALES.map((lang) => lang.padEnd(8)), 'version'].join(' '));
for (const row of rows) {
  const cells = LOCALES.map((lang) => mark[row.cells[lang]?.state ?? 'missing'].padEnd(8));
  console.log([`${row.collection}/${row.slug}`.padEnd(44), ...cells, row.version].join(' '));
}
const count = (state: string) =>
  rows.flatMap((row) => Object.values(row.cells)).filter((cell) => cell.state === state).length;
console.log(`\n${count('current')} current, ${count('behind')} behind, ${count('missing')} missing (fallback shown)`);

if (process.argv.includes('--stamp')) {
  let stamped = 0;
  for (const row of rows) {
    for (const [lang, cell] of Object.entries(row.cells)) {
      if (cell.state !== 'behind' || cell.recorded) continue;
      const file = join(root, row.collection, lang, `${row.slug}.mdx`);
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(/\n---\n/, `\ntranslatedFrom: "${row.source}@${row.version}"\n---\n`));
      stamped += 1;
    }
  }
  console.log(`stamped ${stamped} translations with their source's current version`);
}
