import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/**
 * The contents of every `@media (prefers-color-scheme: dark)` block of a stylesheet (braces
 * matched, so a nested rule is part of its block).
 */
function darkModeBlocks(css: string): string[] {
  const blocks: string[] = [];
  for (const match of css.matchAll(/@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{/g)) {
    const start = (match.index ?? 0) + match[0].length;
    let depth = 1;
    let end = start;
    while (depth > 0 && end < css.length) {
      if (css[end] === '{') depth += 1;
      if (css[end] === '}') depth -= 1;
      end += 1;
    }
    blocks.push(css.slice(start, end - 1));
  }
  return blocks;
}

/*
 * Dark mode swaps the colour tokens of :root and changes nothing else (no layout, no hidden or
 * shown content). That is why the per-page axe check runs only the colour rules a second time in
 * dark mode (tests/e2e/every-page.spec.ts): every other rule sees the same page.
 */
it('dark mode changes only colour tokens on :root', () => {
  const folder = 'dist/_astro';
  const stylesheets = readdirSync(folder).filter((file) => file.endsWith('.css'));
  const blocks = stylesheets.flatMap((file) =>
    darkModeBlocks(readFileSync(join(folder, file), 'utf8')).map((block) => ({ file, block })),
  );
  expect(blocks.length).toBeGreaterThan(0);
  for (const { file, block } of blocks) {
    expect(block, file).toMatch(/^\s*:root\s*\{(\s*--color-[\w-]+\s*:[^;{}]+;?)+\s*\}\s*$/);
  }
});
