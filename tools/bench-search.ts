/**
 * `npm run bench:search`: search quality and cost in headless Chromium against the built site.
 * Prints recall@1 and recall@3 per language for the fixed query set, the compressed bytes the
 * first query fetches on a cold page (target ≤ 150 KB) and the median query latency after
 * warm-up (target ≤ 30 ms). A benchmark, not a test: it prints figures and always exits 0
 * unless the site cannot be served.
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';
import { gzipSync } from 'node:zlib';
import { SEARCH_CASES } from '../tests/fixtures/searchQueries.ts';
import { chromiumExecutable } from '../tests/support/chromiumExecutable.ts';

const PORT = 4390;
const ORIGIN = `http://localhost:${PORT}`;

if (!existsSync('dist/pagefind/pagefind.js')) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
const server = createServer(sirv('dist'));
await new Promise<void>((resolve) => server.listen(PORT, resolve));
const executablePath = chromiumExecutable();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

/** Runs one query through the page's search UI and returns the result paths and the time taken. */
async function runQuery(page: import('@playwright/test').Page, query: string) {
  return page.evaluate(async (text) => {
    const root = document.querySelector('[data-search-page] [data-search-ui]');
    const input = root?.querySelector<HTMLInputElement>('input[name="q"]');
    const status = root?.querySelector('[data-search-status]');
    const form = root?.querySelector<HTMLFormElement>('form');
    if (!input || !status || !form) throw new Error('no search UI');
    status.textContent = '';
    const started = performance.now();
    const done = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        const value = status.textContent ?? '';
        if (value !== '' && !value.endsWith('…')) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
    input.value = text;
    form.requestSubmit();
    await done;
    const elapsed = performance.now() - started;
    const paths = [...root!.querySelectorAll<HTMLAnchorElement>('[data-search-results] a')].map(
      (a) => new URL(a.href).pathname,
    );
    return { paths, elapsed };
  }, query);
}

const rows: string[] = [];
const recall: string[] = [];
const latencies: number[] = [];
for (const lang of ['kk', 'ru', 'en'] as const) {
  const cases = SEARCH_CASES.filter((item) => item.lang === lang);
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}/${lang}/search/`);
  await page.locator('[data-search-page] input[name="q"]').focus();
  await page.locator('[data-search-page] [data-search-ready]').waitFor({ state: 'attached' });
  await runQuery(page, cases[0]?.query ?? 'a'); // warm-up: loads Pagefind and the vocabulary
  let atOne = 0;
  let atThree = 0;
  for (const item of cases) {
    const { paths, elapsed } = await runQuery(page, item.query);
    latencies.push(elapsed);
    if (paths[0] === item.expected) atOne += 1;
    if (paths.slice(0, 3).includes(item.expected)) atThree += 1;
    else rows.push(`  miss (${lang}) «${item.query}»: expected ${item.expected}, got ${paths.slice(0, 3).join(', ')}`);
  }
  rows.unshift(
    `${lang}: ${cases.length} queries  recall@1 ${(atOne / cases.length).toFixed(2)}  recall@3 ${(atThree / cases.length).toFixed(2)}`,
  );
  recall.push(`${lang} R@1 ${(atOne / cases.length).toFixed(2)} R@3 ${(atThree / cases.length).toFixed(2)}`);
  await page.close();
}

// Cold page: a fresh context opens a story, then searches from the dialog; count what that fetches.
const context = await browser.newContext();
const cold = await context.newPage();
await cold.goto(`${ORIGIN}/kk/stories/`, { waitUntil: 'networkidle' });
let searchBytes = 0;
let searchRequests = 0;
cold.on('response', async (response) => {
  const body = await response.body().catch(() => Buffer.alloc(0));
  const size = Math.min(body.length, gzipSync(body, { level: 9 }).length);
  searchBytes += size;
  searchRequests += 1;
  if (process.env['VERBOSE']) console.log(`  ${size} B  ${response.url().replace(ORIGIN, '')}`);
});
await cold.locator('[data-search-open]').click();
await cold.getByRole('searchbox').fill('балалардың');
await cold.locator('dialog [data-search-results] li').first().waitFor();
await cold.waitForLoadState('networkidle');
await context.close();

latencies.sort((a, b) => a - b);
const median = latencies[Math.floor(latencies.length / 2)] ?? 0;
console.log('\nSearch benchmark (headless Chromium, built site)');
console.log(rows.join('\n'));
console.log(
  `first query on a cold page: ${searchRequests} requests, ${(searchBytes / 1024).toFixed(1)} KB compressed (target ≤ 150 KB)`,
);
console.log(
  `median query latency after warm-up: ${median.toFixed(1)} ms over ${latencies.length} queries (target ≤ 30 ms)`,
);
console.log(
  `summary | search | ${recall.join('; ')}; first query ${(searchBytes / 1024).toFixed(0)} KB (target ≤ 150); median ${median.toFixed(1)} ms (target ≤ 30)`,
);

await browser.close();
server.close();
