import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVED_ORIGIN } from '../support/ports';
import {
  listLocalFolder,
  pickPrivateFolder,
  readContentFiles,
  readLocalRepository,
  seedLocalRepository,
} from '../support/localRepository';

/*
 * The content editor at /admin/, driven as an NGO volunteer would use it on their own computer:
 * "Work with Local Repository" on a copy of the repository's content (see localRepository.ts).
 */
// The editor is a 2 MB application that reads every entry: slow on a small, busy machine.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const STORY = 'content/stories/kk/nazira-zhurgenbayeva.mdx';

/** Opens the editor on a fresh copy of the content; returns what went wrong on the way. */
async function openEditor(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== SERVED_ORIGIN)
      problems.push(`other origin: ${url.href}`);
  });
  await page.goto('/404.html');
  await seedLocalRepository(page, readContentFiles());
  await pickPrivateFolder(page);
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  // Reading and parsing every entry takes a few seconds on a slow machine.
  await expect(page.getByRole('button', { name: /New/ })).toBeVisible({ timeout: 60_000 });
  return problems;
}

test('the editor loads from the site alone and lists every collection and data file', async ({ page }) => {
  const problems = await openEditor(page);
  for (const name of ['Stories', 'Explainers', 'Lessons', 'Pages', 'Help lines and glossary']) {
    await expect(page.getByRole('treeitem', { name })).toBeVisible();
  }
  await page.getByRole('treeitem', { name: 'Help lines and glossary' }).click();
  for (const name of ['Help lines', 'Glossary'])
    await expect(page.getByRole('gridcell', { name, exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test('an entry opened and saved unchanged, or with one field changed, changes only that field', async ({ page }) => {
  const problems = await openEditor(page);
  const before = readContentFiles();
  const original = before[STORY] ?? '';
  const title = /^title: "(.*)"$/m.exec(original)?.[1] ?? '';
  await page.getByRole('gridcell', { name: title, exact: true }).click();
  const titleBox = page.getByRole('textbox', { name: 'Title' }).first();
  await expect(titleBox).toHaveValue(title);
  // Nothing changed: the editor offers nothing to save and the files stay as they were.
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  await titleBox.fill(`${title} (edited)`);
  await page.getByRole('button', { name: 'Save' }).click();
  // Saved: the editor closes and the list shows the new title.
  await expect(page.getByRole('gridcell', { name: `${title} (edited)`, exact: true })).toBeVisible({ timeout: 30_000 });
  const paths = Object.keys(before).filter((path) => path.startsWith('content/stories/'));
  const after = await readLocalRepository(page, paths);
  for (const path of paths) {
    if (path !== STORY) expect(after[path], path).toBe(before[path]);
  }
  expect(after[STORY]).toBe(original.replace(`title: "${title}"`, `title: "${title} (edited)"`));
  expect(problems).toEqual([]);
});

test('a story written in Kazakh only is saved as MDX that builds, with the fallback notice in other languages', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const problems = await openEditor(page);
  await page.getByRole('button', { name: /New/ }).click();
  const field = (name: string) => page.getByRole('textbox', { name, exact: true }).first();
  await field('Title').fill('Айгүл Серікова: мектептегі сенім телефоны');
  await field('Description').fill('Сынақ әңгімесі: мұғалім балаларға көмек нөмірлерін қалай таныстырады.');
  await page.getByRole('spinbutton', { name: 'Order' }).first().fill('9');
  // The person's fields from the last up: the editor redraws an object's later fields as its
  // first ones change.
  await field('Place').fill('Түркістан');
  await field('Organisation').fill('№ 1 мектеп');
  await field('Role').fill('мұғалім');
  await field('Name').fill('Айгүл Серікова');
  await page.getByRole('button', { name: 'Today' }).first().click();
  await field('Body (MDX)').fill('## Мектептегі жұмыс\n\nАйгүл оқушыларына <Hotline id="111" /> нөмірін айтады.');
  await field('Slug').fill('aigul-serikova');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('gridcell', { name: 'Айгүл Серікова: мектептегі сенім телефоны', exact: true }),
  ).toBeVisible({
    timeout: 30_000,
  });
  expect(problems).toEqual([]);

  // Saved in Kazakh only; the other languages get the site's fallback until translated.
  expect(await listLocalFolder(page, 'content/stories/ru')).not.toContain('aigul-serikova.mdx');
  const saved = (await readLocalRepository(page, ['content/stories/kk/aigul-serikova.mdx']))[
    'content/stories/kk/aigul-serikova.mdx'
  ];
  expect(saved).toContain('<Hotline id="111" />');

  const work = mkdtempSync(join(tmpdir(), 'editor-story-'));
  try {
    cpSync('content', join(work, 'content'), { recursive: true });
    writeFileSync(join(work, 'content/stories/kk/aigul-serikova.mdx'), saved ?? '');
    execFileSync('npx', ['astro', 'build'], {
      env: {
        ...process.env,
        CONTENT_DIR: join(work, 'content'),
        OUT_DIR: join(work, 'dist'),
        ASTRO_CACHE_DIR: join(work, 'cache'),
      },
      stdio: 'pipe',
    });
    expect(existsSync(join(work, 'dist/kk/stories/aigul-serikova/index.html'))).toBe(true);
    const russian = readFileSync(join(work, 'dist/ru/stories/aigul-serikova/index.html'), 'utf8');
    expect(russian).toContain('data-fallback-notice');
    expect(russian).toMatch(/lang="kk"/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
