/**
 * `npm run bench:weight`: the first-load weight of every built page, read from dist/ without a
 * browser: the HTML plus the stylesheets and scripts it links, each gzip-compressed (level 9),
 * then the same with the images it shows at 1x and at 2x (the AVIF a current browser picks in a
 * <picture>, else the image's own source; SVG compressed, other images as they are). The browser tests enforce
 * the budgets (tests/e2e/every-page.spec.ts: 14 KiB per page without images; tests/e2e/ngos.spec.ts:
 * 28 KiB for the NGO page with its previews); this prints the distribution.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { gzipSync } from 'node:zlib';
import { builtPages } from '../src/build/builtPages.ts';

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
/** An image as a host sends it: SVG (text) compressed, AVIF and PNG as they are. */
const imageSize = (url: string) => {
  const bytes = readFileSync(join('dist', url.split('?')[0] ?? url));
  return url.endsWith('.svg') ? gz(bytes) : bytes.length;
};

/** The bytes of the images a page shows (each file once), as a browser at `density` pixels per CSS pixel picks them. */
function imageBytes(document: HTMLElement, density: 1 | 2): number {
  const sources = new Set(
    document.querySelectorAll('img[src]').map((image) => {
      const picture = image.closest('picture');
      const candidates =
        (picture
          ? picture.querySelector('source[type="image/avif"]')?.getAttribute('srcset')
          : image.getAttribute('srcset')) ?? '';
      const picked = [...candidates.matchAll(/(\S+) (\d)x/g)].find((candidate) => Number(candidate[2]) === density);
      return picked?.[1] ?? image.getAttribute('src') ?? '';
    }),
  );
  return [...sources].filter((source) => source.startsWith('/')).reduce((sum, source) => sum + imageSize(source), 0);
}

const rows = builtPages('dist').map(({ path, document }) => {
  const file = join('dist', path.endsWith('/') ? `${path}index.html` : path);
  const assets = document
    .querySelectorAll('link[rel="stylesheet"]:not([media="print"]), script[src]')
    .map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? '');
  const total = gz(readFileSync(file)) + assets.reduce((sum, asset) => sum + gz(readFileSync(join('dist', asset))), 0);
  return { path, total, at1x: total + imageBytes(document, 1), at2x: total + imageBytes(document, 2) };
});
rows.sort((a, b) => a.total - b.total);
const pick = (fraction: number) => rows[Math.min(rows.length - 1, Math.floor(rows.length * fraction))]?.total ?? 0;
const line = `${rows.length} pages: median ${pick(0.5)} B, p90 ${pick(0.9)} B, largest ${pick(1)} B (budget 14336 B)`;
console.log(`summary | page weight | ${line}`);
console.log(
  `Page weight over ${rows.length} pages (HTML + CSS + JS, gzip): median ${pick(0.5)} B, 90th percentile ${pick(0.9)} B, largest ${pick(1)} B (${rows.at(-1)?.path}); budget 14336 B`,
);
const withImages = [...rows].sort((a, b) => b.at2x - a.at2x);
console.log('\nWith images (1x, 2x; budget 28672 B), heaviest first:');
for (const row of withImages.slice(0, 8)) console.log(`  ${row.path.padEnd(48)} ${row.at1x} B  ${row.at2x} B`);
