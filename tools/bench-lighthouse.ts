/**
 * `npm run bench:lighthouse`: Lighthouse (pinned in package.json) with its default mobile
 * settings on the home, a story, an explainer, the help page and a lesson in each language.
 * Prints the four category scores and LCP, TBT, CLS and total bytes per page. A benchmark: it
 * prints figures and exits 0.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';
import { LOCALES } from '../src/i18n/locales.ts';
import { chromiumExecutable } from './chromiumExecutable.ts';

const PORT = 4391;
// LIGHTHOUSE_PAGES=/help/,/teachers/recognising-risk/ measures only those pages; LIGHTHOUSE_LANGS=uz only those languages.
const LANGS = process.env['LIGHTHOUSE_LANGS']?.split(',') ?? LOCALES;
const PAGES = process.env['LIGHTHOUSE_PAGES']?.split(',') ?? [
  '/',
  '/stories/nazira-zhurgenbayeva/',
  '/risk-factors/risk-factors/',
  '/help/',
  '/teachers/recognising-risk/',
];

if (!existsSync('dist/index.html')) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
const server = createServer(sirv('dist'));
await new Promise<void>((resolve) => server.listen(PORT, resolve));
const executablePath = chromiumExecutable();
const chrome = await chromeLauncher.launch({
  ...(executablePath ? { chromePath: executablePath } : {}),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});

export interface LighthouseRow {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
  bytes: number;
}

const rows: LighthouseRow[] = [];
try {
  for (const lang of LANGS) {
    for (const path of PAGES) {
      const url = `http://localhost:${PORT}/${lang}${path}`;
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result?.lhr;
      if (!lhr) continue;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      rows.push({
        url: `/${lang}${path}`,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcp: numeric('largest-contentful-paint'),
        tbt: numeric('total-blocking-time'),
        cls: numeric('cumulative-layout-shift'),
        bytes: numeric('total-byte-weight'),
      });
      for (const [id, category] of Object.entries(lhr.categories)) {
        if ((category.score ?? 0) < 1) {
          const failing = category.auditRefs
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => ref.id);
          console.log(`  ${lang}${path} ${id}: ${failing.join(', ')}`);
        }
      }
    }
  }
} finally {
  await chrome.kill();
  server.close();
}

console.log('\nLighthouse (mobile), scores out of 100');
console.log('page                                   perf  a11y  best  seo   LCP ms  TBT ms  CLS    bytes');
for (const row of rows) {
  console.log(
    `${row.url.padEnd(38)} ${String(row.performance).padStart(4)}  ${String(row.accessibility).padStart(4)}  ${String(row.bestPractices).padStart(4)}  ${String(row.seo).padStart(3)}  ${row.lcp.toFixed(0).padStart(7)}  ${row.tbt.toFixed(0).padStart(6)}  ${row.cls.toFixed(3)}  ${row.bytes.toFixed(0).padStart(7)}`,
  );
}

const lowest = (key: 'performance' | 'accessibility' | 'bestPractices' | 'seo') =>
  Math.min(...rows.map((row) => row[key]));
const highest = (key: 'lcp' | 'tbt' | 'cls' | 'bytes') => Math.max(...rows.map((row) => row[key]));
console.log(
  `summary | lighthouse | ${rows.length} pages, lowest scores perf ${lowest('performance')}, a11y ${lowest('accessibility')}, best ${lowest('bestPractices')}, seo ${lowest('seo')}; worst LCP ${highest('lcp').toFixed(0)} ms, TBT ${highest('tbt').toFixed(0)} ms, CLS ${highest('cls').toFixed(3)}, ${highest('bytes').toFixed(0)} B`,
);
