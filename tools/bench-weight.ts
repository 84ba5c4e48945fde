/**
 * `npm run bench:weight`: the first-load weight of every built page, read from dist/ without a
 * browser: the HTML plus the stylesheets and scripts it links, each gzip-compressed (level 9).
 * The browser test (tests/e2e/every-page.spec.ts) enforces the 14 KiB budget; this prints the
 * distribution.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages } from './builtPages.ts';

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const rows = builtPages('dist').map(({ path, document }) => {
  const file = join('dist', path.endsWith('/') ? `${path}index.html` : path);
  const assets = document
    .querySelectorAll('link[rel="stylesheet"]:not([media="print"]), script[src]')
    .map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? '');
  const total = gz(readFileSync(file)) + assets.reduce((sum, asset) => sum + gz(readFileSync(join('dist', asset))), 0);
  return { path, total };
});
rows.sort((a, b) => a.total - b.total);
const pick = (fraction: number) => rows[Math.min(rows.length - 1, Math.floor(rows.length * fraction))]?.total ?? 0;
const line = `${rows.length} pages: median ${pick(0.5)} B, p90 ${pick(0.9)} B, largest ${pick(1)} B (budget 14336 B)`;
console.log(`summary | page weight | ${line}`);
console.log(
  `Page weight over ${rows.length} pages (HTML + CSS + JS, gzip): median ${pick(0.5)} B, 90th percentile ${pick(0.9)} B, largest ${pick(1)} B (${rows.at(-1)?.path}); budget 14336 B`,
);
