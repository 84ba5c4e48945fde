/**
 * `npm run bench:search`: search quality and cost in headless Chromium against the built site.
 * Prints, per language and overall, recall@1, recall@3 and mean reciprocal rank over the query
 * set (tools/searchQueries.ts, all four languages) against its targets, which queries do not put
 * their page first,
 * the compressed bytes the first query fetches on a cold page (target ≤ 150 KB), the median query
 * latency after warm-up (target ≤ 30 ms), and the size of the data search loads besides Pagefind.
 * A benchmark, not a test: it prints figures and always exits 0 unless the site cannot be served.
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { SEARCH_CASES, TARGETS } from './searchQueries.ts';
import { chromiumExecutable } from './chromiumExecutable.ts';
import { runQuery } from './runSearchQuery.ts';

const PORT = Number(process.env['BENCH_PORT'] ?? 4390);
const ORIGIN = `http://localhost:${PORT}`;
const LANGS = [...new Set(SEARCH_CASES.map((item) => item.lang))];

if (!existsSync('dist/pagefind/pagefind.js')) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
const server = createServer(sirv('dist'));
await new Promise<void>((resolve) => server.listen(PORT, resolve));
const executablePath = chromiumExecutable();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

const gzipped = (body: Buffer) => Math.min(body.length, gzipSync(body, { level: 9 }).length);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Score {
  count: number;
  atOne: number;
  atThree: number;
  reciprocal: number;
}
const emptyScore = (): Score => ({ count: 0, atOne: 0, atThree: 0, reciprocal: 0 });
const format = ({ count, atOne, atThree, reciprocal }: Score) =>
  `${count} queries  recall@1 ${(atOne / count).toFixed(2)}  recall@3 ${(atThree / count).toFixed(2)}  MRR ${(reciprocal / count).toFixed(2)}`;

const scores = new Map<string, Score>();
const overall = emptyScore();
const misses: string[] = [];
const latencies: number[] = [];
for (const lang of LANGS) {
  const cases = SEARCH_CASES.filter((item) => item.lang === lang);
  const score = emptyScore();
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}/${lang}/search/`);
  await page.locator('[data-search-page] input[data-search-query]').focus();
  await page.locator('[data-search-page] [data-search-ready]').waitFor({ state: 'attached' });
  await runQuery(page, cases[0]?.query ?? 'a'); // warm-up: loads Pagefind and the vocabulary
  for (const item of cases) {
    const { paths, elapsed } = await runQuery(page, item.query);
    latencies.push(elapsed);
    const rank = paths.indexOf(item.expected) + 1;
    for (const target of [score, overall]) {
      target.count += 1;
      if (rank === 1) target.atOne += 1;
      if (rank >= 1 && rank <= 3) target.atThree += 1;
      if (rank >= 1) target.reciprocal += 1 / rank;
    }
    if (rank !== 1)
      misses.push(
        `  ${rank === 0 ? 'missed' : `rank ${rank}`} (${lang}, ${item.kind}${item.person ? ', person' : ''}) «${item.query}»: expected ${item.expected}, got ${paths.slice(0, 3).join(', ')}`,
      );
  }
  scores.set(lang, score);
  await page.close();
}

// Cold page: a fresh context opens a page, then searches from the dialog; count what that fetches.
const context = await browser.newContext();
const cold = await context.newPage();
await cold.goto(`${ORIGIN}/kk/stories/`, { waitUntil: 'networkidle' });
let searchBytes = 0;
let searchRequests = 0;
cold.on('response', async (response) => {
  const size = gzipped(await response.body().catch(() => Buffer.alloc(0)));
  searchBytes += size;
  searchRequests += 1;
  if (process.env['VERBOSE']) console.log(`  ${size} B  ${response.url().replace(ORIGIN, '')}`);
});
await cold.locator('[data-search-open]').click();
await cold.getByRole('searchbox').fill('балалардың');
await cold.locator('dialog [data-search-results] li').first().waitFor();
await cold.waitForLoadState('networkidle');
await context.close();

// The data search loads besides Pagefind: the app (query rules, synonyms, transliteration tables),
// each language's search data (vocabulary, page titles) and dialog.
const data = [
  ...LANGS.map((lang) => [
    `search app ${lang} (its rules, synonyms, transliteration)`,
    `dist/pagefind/search-app-${lang}.js`,
  ]),
  ...readdirSync('dist/pagefind')
    .filter((name) => /^search-\w+\.json$/.test(name))
    .map((name) => [`${name}`, join('dist/pagefind', name)]),
  ...LANGS.map((lang) => [`dialog ${lang}`, `dist/${lang}/search/dialog.json`]),
].map(([label, file]) => `${label} ${kb(gzipped(readFileSync(file ?? '')))}`);

latencies.sort((a, b) => a - b);
const median = latencies[Math.floor(latencies.length / 2)] ?? 0;
console.log('\nSearch benchmark (headless Chromium, built site)');
for (const [lang, score] of scores) console.log(`${lang}: ${format(score)}`);
console.log(`all: ${format(overall)}`);
console.log(
  `targets: recall@3 ≥ ${TARGETS.recallAt3} overall and ≥ ${TARGETS.recallAt3PerLanguage} per language, recall@1 ≥ ${TARGETS.recallAt1}`,
);
console.log(misses.length > 0 ? `not first:\n${misses.join('\n')}` : 'every expected page first');
console.log(`first query on a cold page: ${searchRequests} requests, ${kb(searchBytes)} compressed (target ≤ 150 KB)`);
console.log(
  `median query latency after warm-up: ${median.toFixed(1)} ms over ${latencies.length} queries (target ≤ 30 ms)`,
);
console.log(`search data (compressed): ${data.join('; ')}`);
const short = (score: Score) =>
  `R@1 ${(score.atOne / score.count).toFixed(2)} R@3 ${(score.atThree / score.count).toFixed(2)} MRR ${(score.reciprocal / score.count).toFixed(2)}`;
console.log(
  `summary | search | ${[...scores].map(([lang, score]) => `${lang} ${short(score)}`).join('; ')}; all ${short(overall)}; first query ${(searchBytes / 1024).toFixed(0)} KB (target ≤ 150); median ${median.toFixed(1)} ms (target ≤ 30)`,
);

await browser.close();
server.close();
