/**
 * `npm run check:hotlines`: the whole help-line table for the people who verify numbers, with
 * the lines whose check is older than HOTLINE_FRESH_DAYS marked. Exits 0; it informs, the
 * schema (applied when `src/data/hotlines.ts` reads the file) enforces.
 */
import { allHotlines } from '../src/data/hotlines.ts';
import { findStaleHotlines, HOTLINE_FRESH_DAYS } from '../src/utils/findStaleHotlines.ts';

const lines = allHotlines;
const stale = new Set(findStaleHotlines(lines, new Date()).map((line) => line.id));

console.log(`Help lines in content/hotlines.yaml (stale = last checked over ${HOTLINE_FRESH_DAYS} days ago)\n`);
console.log(['number'.padEnd(8), 'status'.padEnd(12), 'last checked'.padEnd(14), 'sources'].join(' '));
for (const line of lines) {
  const checked = `${line.lastChecked.toISOString().slice(0, 10)}${stale.has(line.id) ? ' STALE' : ''}`;
  const [first = '', ...rest] = line.sources.map((source) => source.url);
  console.log([line.display.padEnd(8), line.status.padEnd(12), checked.padEnd(14), first].join(' '));
  for (const url of rest) console.log(`${' '.repeat(37)}${url}`);
}
