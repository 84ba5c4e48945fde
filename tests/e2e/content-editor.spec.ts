import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { formatMdxFile } from '../../src/cms/formatContentFile';
import { findAvoidedTerms } from '../../src/utils/findAvoidedTerms';
import { EDITOR_ORIGIN } from '../support/ports';
import { editorHeaders } from '../../src/cms/editorPolicy';
import { readTermsFiles } from '../support/terminology';
import {
  pickPrivateFolder,
  readContentFiles,
  readLocalRepository,
  seedLocalRepository,
} from '../support/localRepository';

/*
 * The content editor as it is published: its own build (`npm run build:editor`) on an origin of
 * its own, with its own headers (playwright.config.ts serves it). Driven as an NGO volunteer
 * would use it on their own computer: "Work with Local Repository" on a copy of the repository's
 * content (see localRepository.ts).
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

/**
 * The screenshots in docs/editing.md are taken on these same steps:
 * `EDITOR_SCREENSHOTS=docs/images npx playwright test content-editor` (nothing is written otherwise).
 */
async function screenshot(page: Page, name: string) {
  const folder = process.env['EDITOR_SCREENSHOTS'];
  if (!folder) return;
  await page.screenshot({ path: join(folder, `editor-${name}.png`) });
}

/**
 * Opens the editor on a fresh copy of the content; returns what went wrong on the way, including
 * every request its Content-Security-Policy refused (each one is also a console error).
 */
async function openEditor(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== EDITOR_ORIGIN)
      problems.push(`other origin: ${url.href}`);
  });
  await page.exposeFunction('reportPolicyViolation', (violation: string) =>
    problems.push(`policy violation: ${violation}`),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation;
      report(`${event.effectiveDirective} refused ${event.blockedURI}`);
    });
  });
  // A page of the editor's origin that does not start the editor, to put the content in its storage.
  await page.goto(`${EDITOR_ORIGIN}/translations/`);
  await seedLocalRepository(page, readContentFiles());
  await pickPrivateFolder(page);
  await page.goto(`${EDITOR_ORIGIN}/`);
  await screenshot(page, 'sign-in');
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  // Reading and parsing every entry takes a few seconds on a slow machine.
  await expect(page.getByRole('button', { name: /New/ })).toBeVisible({ timeout: 60_000 });
  return problems;
}

test("the editor build is served with the editor's own policy, and no site may frame it", async ({ request }) => {
  const response = await request.get(`${EDITOR_ORIGIN}/`);
  expect(response.ok()).toBe(true);
  for (const [name, value] of Object.entries(editorHeaders({ name: 'github' })))
    expect(response.headers()[name.toLowerCase()], name).toBe(value);
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('framed by another page, the editor stops before it starts, even where the host sends no headers', async ({
  page,
}) => {
  // As on GitHub or GitLab Pages: the editor's page without its headers (no frame-ancestors).
  await page.route(`${EDITOR_ORIGIN}/`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ status: 200, contentType: 'text/html', body: await response.text() });
  });
  await page.goto(`${EDITOR_ORIGIN}/translations/`);
  await page.setContent(`<iframe src="${EDITOR_ORIGIN}/" title="editor"></iframe>`);
  await expect.poll(() => page.frames().length).toBe(2);
  const frame = page.frames()[1]!;
  await expect.poll(() => frame.evaluate(() => document.documentElement.childElementCount)).toBe(0);
  expect(await frame.evaluate(() => 'CMS' in window)).toBe(false);
});

test('the editor loads from its own origin alone, under its own policy, and lists every collection and data file', async ({
  page,
}) => {
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
  // Languages side by side: the Russian version opens beside the Kazakh one.
  const russianTitle = /^title: "(.*)"$/m.exec(before[STORY.replace('/kk/', '/ru/')] ?? '')?.[1] ?? '';
  await page
    .getByRole('group', { name: /^Preview/ })
    .getByRole('radio', { name: 'Russian' })
    .click();
  await expect(page.getByRole('textbox', { name: 'Title' }).nth(1)).toHaveValue(russianTitle);
  await screenshot(page, 'side-by-side');
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

/**
 * Fills one field of the editor's form. The editor draws a long form's fields as they scroll into
 * view, so a field below the window does not exist yet: scroll the form down, as a person reading
 * it would, until it does.
 */
async function fillField(page: Page, name: string, value: string, role: 'textbox' | 'spinbutton' = 'textbox') {
  const box = page.getByRole(role, { name, exact: true });
  await expect(async () => {
    if ((await box.count()) === 0) {
      await page.mouse.move(300, 400);
      await page.mouse.wheel(0, 300);
    }
    expect(await box.count()).toBe(1);
  }).toPass({ timeout: 30_000 });
  await box.fill(value);
}

/** What a volunteer types into the new-story form: the Kazakh version only (docs/editing.md). */
const NEW_STORY = {
  slug: 'aigul-saparova',
  title: 'Айгүл Сапарова: ауыл балаларының сенімді қорғаушысы',
  description: 'Түркістан облысындағы қоғамдық қорғаушы мектеп оқушыларымен қалай сөйлесетіні туралы.',
  order: '9',
  person: {
    Name: 'Айгүл Сапарова',
    Role: 'қоғамдық қорғаушы',
    Organisation: 'KATCH жобасы',
    Place: 'Түркістан облысы',
  },
  reviewed: '2026-12-01',
  body: 'Айгүл апай балаларға көмек сұраудың ұят емес екенін айтады.\n\n<Hotline id="111" />\n',
};

test('a story created in the editor is saved in the repository form, builds, and falls back in the other languages', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const problems = await openEditor(page);
  const before = readContentFiles();
  await page.getByRole('treeitem', { name: 'Stories', exact: true }).click();
  await screenshot(page, 'stories');
  await page.getByRole('button', { name: 'Create New Entry' }).click();
  // Typing before the editor has set up the new entry is lost: wait for its announcement.
  await page.getByRole('status').filter({ hasText: 'creating a new entry' }).waitFor();
  await fillField(page, 'Title', NEW_STORY.title);
  await fillField(page, 'Description', NEW_STORY.description);
  await fillField(page, 'Order', NEW_STORY.order, 'spinbutton');
  for (const [name, value] of Object.entries(NEW_STORY.person)) await fillField(page, name, value);
  await fillField(page, 'Reviewed', NEW_STORY.reviewed);
  await fillField(page, 'Body (MDX)', NEW_STORY.body);
  await fillField(page, 'Slug', NEW_STORY.slug);
  await screenshot(page, 'new-story');
  // Every value is still there when saving (the preview shows the first one).
  await expect(page.getByRole('document', { name: 'Content Preview' })).toContainText(NEW_STORY.title);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('gridcell', { name: NEW_STORY.title, exact: true })).toBeVisible({ timeout: 30_000 });

  // One new file, in Kazakh only, in the form the repository keeps; nothing else touched.
  const path = `content/stories/kk/${NEW_STORY.slug}.mdx`;
  const otherLanguages = ['ru', 'en', 'uz'].map((lang) => `content/stories/${lang}/${NEW_STORY.slug}.mdx`);
  const after = await readLocalRepository(page, [...Object.keys(before), path, ...otherLanguages]);
  for (const [file, text] of Object.entries(before)) expect(after[file], file).toBe(text);
  for (const file of otherLanguages) expect(after[file], file).toBeNull();
  const saved = after[path] ?? '';
  expect(saved).toContain(`title: "${NEW_STORY.title}"`);
  expect(saved).toContain(`  place: "${NEW_STORY.person.Place}"`);
  expect(saved).toContain(`reviewed: "${NEW_STORY.reviewed}"`);
  expect(saved.endsWith(`---\n\n${NEW_STORY.body}`)).toBe(true);
  expect(formatMdxFile(saved, path)).toBe(saved);
  expect(findAvoidedTerms(saved, readTermsFiles().get('kk') ?? [])).toEqual([]);
  expect(problems.filter((problem) => problem !== KNOWN_EDITOR_ERROR)).toEqual([]);

  // The site builds with it (every schema and reference check of the build passes)…
  const workspace = mkdtempSync(join(tmpdir(), 'editor-story-'));
  try {
    cpSync('content', join(workspace, 'content'), { recursive: true });
    writeFileSync(join(workspace, path), saved);
    const build = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        NO_COLOR: '1',
        CONTENT_DIR: join(workspace, 'content'),
        OUT_DIR: join(workspace, 'dist'),
        ASTRO_CACHE_DIR: join(workspace, 'cache'),
      },
    });
    expect(build.status, stripVTControlCharacters(`${build.stdout}\n${build.stderr}`).slice(-3000)).toBe(0);
    // …shows it in Kazakh, with the help line the body names, and in the other languages
    // in Kazakh under the notice that it is not translated yet.
    const pageOf = (lang: string) =>
      readFileSync(join(workspace, 'dist', lang, 'stories', NEW_STORY.slug, 'index.html'), 'utf8');
    const kk = pageOf('kk');
    expect(kk).toContain(NEW_STORY.person.Place);
    expect(kk).toContain(NEW_STORY.title);
    expect(kk).toContain('href="tel:111"');
    expect(kk).not.toContain('data-fallback-notice');
    for (const lang of ['ru', 'en']) {
      const html = pageOf(lang);
      expect(html, lang).toContain('data-fallback-notice');
      expect(html, lang).toContain(NEW_STORY.description);
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
});
