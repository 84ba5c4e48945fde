/**
 * `npm run bench:scale [N …]`: how the build grows with content. For each N (default 300 and
 * 3000) it copies the project to a temporary folder, adds N synthetic stories per language
 * (variations of the real ones, so the words are realistic), builds, and prints build time,
 * dist/ size, Pagefind index size and the compressed bytes of a first search. A benchmark: it
 * prints figures and cleans up after itself.
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { chromiumExecutable } from './chromiumExecutable.ts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const COUNTS = sizes.length > 0 ? sizes : [300, 3000];
const LANGS = ['kk', 'ru', 'en'];
const QUERY = { kk: 'балалардың', ru: 'волонтёр', en: 'volunteer' } as const;

function folderSize(folder: string): number {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** A copy of the project with `count` extra stories per language, cloned from the real ones. */
function prepareCopy(count: number): string {
  const root = mkdtempSync(join(tmpdir(), `scale-${count}-`));
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(item, join(root, item), { recursive: true });
  }
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
  for (const lang of LANGS) {
    const folder = join(root, 'content/stories', lang);
    const originals = readdirSync(folder).map((file) => readFileSync(join(folder, file), 'utf8'));
    for (let index = 0; index < count; index += 1) {
      const source = originals[index % originals.length] ?? '';
      const story = source
        .replace(/^title: "?(.*?)"?$/m, (_line, title: string) => `title: "${title} (${index + 1})"`)
        .replace(/^order: \d+$/m, `order: ${100 + index}`);
      writeFileSync(join(folder, `synthetic-${index + 1}.mdx`), story);
    }
  }
  return root;
}

/** Compressed bytes fetched by the first search from the search page of a built copy. */
async function firstSearchBytes(dist: string, lang: keyof typeof QUERY): Promise<number> {
  const server = createServer(sirv(dist));
  await new Promise<void>((resolve) => server.listen(4392, resolve));
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://localhost:4392/${lang}/search/`, { waitUntil: 'networkidle' });
    let bytes = 0;
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes += Math.min(body.length, gzipSync(body).length);
    });
    await page.locator('[data-search-page] input[data-search-query]').focus();
    await page.locator('[data-search-page] [data-search-ready]').waitFor({ state: 'attached' });
    await page.locator('[data-search-page] input[data-search-query]').fill(QUERY[lang]);
    await page.locator('[data-search-page] [data-search-results] li').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
    server.close();
  }
}

const rows: string[] = [];
for (const count of COUNTS) {
  const root = prepareCopy(count);
  try {
    const started = Date.now();
    execFileSync('npx', ['astro', 'build'], { cwd: root, stdio: 'ignore' });
    const seconds = (Date.now() - started) / 1000;
    const dist = join(root, 'dist');
    const pages = readdirSync(dist, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
    const search = await firstSearchBytes(dist, 'kk');
    rows.push(
      `${String(count).padStart(5)} stories/lang  ${String(pages).padStart(6)} pages  build ${seconds.toFixed(0).padStart(5)} s  ` +
        `dist ${(folderSize(dist) / 1048576).toFixed(1).padStart(7)} MB  pagefind ${(folderSize(join(dist, 'pagefind')) / 1048576).toFixed(1).padStart(6)} MB  ` +
        `first search ${(search / 1024).toFixed(0).padStart(5)} KB`,
    );
    console.log(`summary | scale N=${count} | ${rows.at(-1)?.replace(/\s+/g, ' ').trim()}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
console.log(`\nScale benchmark\n${rows.join('\n')}`);
