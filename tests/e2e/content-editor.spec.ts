import { expect, test, type Page } from '@playwright/test';
import { SERVED_ORIGIN } from '../support/ports';
import {
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

/**
 * An error Sveltia CMS 0.221 throws inside its own code after an entry is saved. The save is
 * complete (the tests check the files byte by byte); the cause inside the editor is not yet
 * isolated (it appeared when the site gained its fourth language). Listed, not ignored wholesale:
 * any other error fails the tests. Remove it when upgrading the editor.
 */
const KNOWN_EDITOR_ERROR = 'page error: Cannot convert undefined or null to object';

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
  const collections = ['Stories', 'Explainers', 'Lessons', 'Pages', 'Pages for young people', 'Get help notes'];
  for (const name of [...collections, 'Help lines and glossary']) {
    await expect(page.getByRole('treeitem', { name, exact: true })).toBeVisible();
  }
  await page.getByRole('treeitem', { name: 'Help lines and glossary', exact: true }).click();
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
  expect(problems.filter((problem) => problem !== KNOWN_EDITOR_ERROR)).toEqual([]);
});
