/**
 * `npm run bench:scale`: how the build grows with content, cold and warm. For 3 stories per
 * language (the site as it is) and 300 (add 3000 with `--large` or BENCH_SCALE_LARGE=1; or name
 * the sizes: `npm run bench:scale -- 3 300`), it copies the project to a temporary folder, adds
 * synthetic stories up to that many per language (variations of the real ones, so the words are
 * realistic, each with a word of its own in every paragraph), and builds twice: cold (no Astro
 * cache, no render cache) and warm (both kept, as a host that keeps its build cache does). For each build: pages, time, dist/ size, Pagefind index
 * size, and the bytes a first search fetches; a cold build also says where its time went. A
 * benchmark: it prints figures and cleans up after itself.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { chromiumExecutable } from './chromiumExecutable.ts';

const named = process.argv
  .slice(2)
  .map(Number)
  .filter((count) => count > 0);
const large = process.argv.includes('--large') || process.env['BENCH_SCALE_LARGE'] === '1';
const COUNTS = named.length > 0 ? named : large ? [3, 300, 3000] : [3, 300];
const QUERY = 'балалардың';
/** What a build needs from the project (node_modules is linked, not copied). */
const PROJECT_FILES = [
  'src',
  'content',
  'public',
  'astro.config.mjs',
  'site.config.ts',
  'package.json',
  'tsconfig.json',
];

function folderSize(folder: string): number {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** A made-up word for synthetic story `index` (`zab`): letters only, so no check reads it as a number. */
function variantWord(index: number): string {
  let word = '';
  let rest = index;
  do {
    word = String.fromCharCode(97 + (rest % 26)) + word;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return `z${word}`;
}

/**
 * Story `index`, cloned from a real one: its own title and order, and a word of its own at the end of
 * every paragraph, so that no two stories share their text (as real ones would not: identical text
 * would be stored once in Astro's content store and make the benchmark look lighter than it is).
 */
function syntheticStory(source: string, index: number): string {
  const [, frontmatter = '', body = ''] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(source) ?? [];
  const distinct = body
    .split('\n')
    .map((line) => (/^\p{L}/u.test(line) ? `${line} ${variantWord(index)}` : line))
    .join('\n');
  return (frontmatter + distinct)
    .replace(/^title: "?(.*?)"?$/m, (_line, title: string) => `title: "${title} (${index + 1})"`)
    .replace(/^order: \d+$/m, `order: ${100 + index}`);
}

/** A copy of the project with synthetic stories up to `count` per language, cloned from the real ones. */
function prepareCopy(count: number): string {
  const root = mkdtempSync(join(tmpdir(), `scale-${count}-`));
  for (const item of PROJECT_FILES) cpSync(item, join(root, item), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
  const stories = join(root, 'content/stories');
  for (const lang of readdirSync(stories)) {
    const folder = join(stories, lang);
    const originals = readdirSync(folder).map((file) => readFileSync(join(folder, file), 'utf8'));
    for (let index = 0; index < count - originals.length; index += 1) {
      const story = syntheticStory(originals[index % originals.length] ?? '', index);
      writeFileSync(join(folder, `synthetic-${index + 1}.mdx`), story);
    }
  }
  return root;
}

interface Build {
  seconds: number;
  /** Seconds from the start at which each line of the build's log arrived. */
  lines: { at: number; text: string }[];
}

/** Builds the copy, noting when each log line arrives (Astro's own stamps are whole seconds). */
function build(root: string): Promise<Build> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const lines: Build['lines'] = [];
    const child = spawn('npx', ['astro', 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_CACHE_DIR: join(root, 'node_modules-cache') },
    });
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const parts = (pending + chunk.toString('utf8')).split('\n');
      pending = parts.pop() ?? '';
      const at = (performance.now() - started) / 1000;
      for (const text of parts) lines.push({ at, text: text.replace(/\x1b\[[0-9;]*m/g, '') });
    });
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve({ seconds: (performance.now() - started) / 1000, lines })
        : reject(new Error(`astro build in ${root} exited ${code}`)),
    );
  });
}

/**
 * Where a build's time went, from its log: start-up and content sync, bundling, rendering the pages
 * (which draws the posters: their own share is the render cache's tally), then each integration's
 * work after the build (the share images among them), and what is left (writing, exiting).
 */
function breakdown({ seconds, lines }: Build): string {
  const when = (pattern: RegExp, from = 0) => lines.slice(from).find((line) => pattern.test(line.text))?.at;
  const bundling = when(/Building static entrypoints/) ?? 0;
  const rendering = when(/Rearranging server assets|generating static routes/) ?? bundling;
  const renderedIndex = lines.findIndex((line) => /\[build\] ✓ Completed in/.test(line.text) && line.at >= rendering);
  const rendered = lines[renderedIndex]?.at ?? rendering;
  const parts: [string, number][] = [
    ['start-up and content', bundling],
    ['bundling', rendering - bundling],
    ['rendering pages', rendered - rendering],
  ];
  const posters = /renders campaign: \d+ drawn, \d+ from the cache, ([\d.]+) s/.exec(
    lines.map((line) => line.text).join('\n'),
  );
  if (posters) parts.push(['(of which posters, overlapping)', Number(posters[1])]);
  // After the pages: each stretch of time belongs to the integration whose line ends it.
  const hooks = new Map<string, number>();
  let previous = rendered;
  for (const line of lines.slice(renderedIndex + 1)) {
    const waiting = /Waiting for integration "([^"]+)"/.exec(line.text)?.[1];
    const name = waiting ?? /^\d\d:\d\d:\d\d \[([^\]]+)\]/.exec(line.text)?.[1];
    if (!name || name === 'build' || name === 'WARN' || name === 'ERROR') continue;
    hooks.set(name, (hooks.get(name) ?? 0) + (line.at - previous));
    previous = line.at;
  }
  for (const [name, time] of hooks) parts.push([name, time]);
  parts.push(['writing and exit', seconds - previous]);
  return parts.map(([name, time]) => `${name} ${time.toFixed(1)} s`).join(' · ');
}

/** Compressed bytes fetched by the first search from the search page of a built copy. */
async function firstSearchBytes(dist: string): Promise<number> {
  const server = createServer(sirv(dist));
  await new Promise<void>((resolve) => server.listen(4392, resolve));
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    await page.goto('http://localhost:4392/kk/search/', { waitUntil: 'networkidle' });
    let bytes = 0;
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes += Math.min(body.length, gzipSync(body).length);
    });
    await page.locator('[data-search-page] input[data-search-query]').focus();
    await page.locator('[data-search-page] [data-search-ready]').waitFor({ state: 'attached' });
    await page.locator('[data-search-page] input[data-search-query]').fill(QUERY);
    await page.locator('[data-search-page] [data-search-results] li').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
    server.close();
  }
}

const rows: string[] = [];
const details: string[] = [];
for (const count of COUNTS) {
  const root = prepareCopy(count);
  try {
    for (const kind of ['cold', 'warm'] as const) {
      if (kind === 'cold') rmSync(join(root, 'node_modules-cache'), { recursive: true, force: true });
      const run = await build(root);
      const dist = join(root, 'dist');
      const pages = readdirSync(dist, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
      const search = await firstSearchBytes(dist);
      const index = existsSync(join(dist, 'pagefind')) ? folderSize(join(dist, 'pagefind')) : 0;
      rows.push(
        `${String(count).padStart(5)} stories/lang ${kind}  ${String(pages).padStart(6)} pages  build ${run.seconds.toFixed(0).padStart(5)} s  ` +
          `dist ${(folderSize(dist) / 1048576).toFixed(1).padStart(7)} MB  pagefind ${(index / 1048576).toFixed(1).padStart(6)} MB  ` +
          `first search ${(search / 1024).toFixed(0).padStart(5)} KB`,
      );
      console.log(`summary | scale N=${count} ${kind} | ${rows.at(-1)?.replace(/\s+/g, ' ').trim()}`);
      if (kind === 'cold') details.push(`${count} stories/lang, cold: ${breakdown(run)}`);
      console.log(`  ${kind === 'cold' ? details.at(-1) : `${count} stories/lang, warm: ${breakdown(run)}`}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
console.log(`\nScale benchmark\n${rows.join('\n')}\n\nWhere a cold build's time goes\n${details.join('\n')}`);
