import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * Each case copies the small valid fixture site, breaks one thing, builds it and expects the
 * build to fail with a message naming the file and the field. The unbroken copy must build.
 * One case per place an error can come from (collection schema, loader, remark plugin, data
 * file, cross-reference); the schemas' and the plugin's other rules are unit-tested without a
 * build (tests/unit/schemas, tests/unit/plugins), since a build costs seconds each. Each case
 * builds in a project root of its own, so the cases run side by side, as many as there are cores.
 */
const FIXTURE = 'tests/fixtures/small-site';
const workspace = mkdtempSync(join(tmpdir(), 'bad-input-'));

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Lets `size` builds run at once; the others wait for a free core. */
function limitTo(size: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}
const oneCoreEach = limitTo(Math.max(1, availableParallelism()));
/** A case's time includes its wait for a core. */
const QUEUED = { timeout: 600_000 };

/** What a project root holds besides its content; `node_modules` is shared through a link. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'site.config.ts', 'tsconfig.json', 'package.json'];

/**
 * A project root of its own for one build: Astro writes a build's generated modules (which MDX
 * file is which entry) into `<root>/.astro/`, so two builds sharing a root would read each other's.
 * Vite follows links to their real path, so the sources are copied; only `node_modules` is linked.
 */
function makeProjectRoot(folder: string): string {
  const project = join(folder, 'project');
  for (const file of PROJECT_FILES) cpSync(file, join(project, file), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

/** Builds a copy of the fixture after `breakIt` has changed it; returns the exit code and output. */
function buildBroken(name: string, breakIt: (root: string) => void, extraEnv: Record<string, string> = {}) {
  const folder = join(workspace, name);
  const root = join(folder, 'content');
  cpSync(FIXTURE, root, { recursive: true });
  breakIt(root);
  const project = makeProjectRoot(folder);
  return oneCoreEach(
    () =>
      new Promise<{ status: number | null; output: string }>((resolve, reject) => {
        const build = spawn('npx', ['astro', 'build'], {
          cwd: project,
          env: {
            ...process.env,
            NO_COLOR: '1',
            FORCE_COLOR: '0',
            CONTENT_DIR: root,
            OUT_DIR: join(folder, '.dist'),
            ASTRO_CACHE_DIR: join(folder, '.cache'),
            ...extraEnv,
          },
        });
        let output = '';
        build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
        build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
        build.on('error', reject);
        build.on('close', (status) => resolve({ status, output: stripVTControlCharacters(output) }));
      }),
  );
}

function edit(root: string, file: string, change: (text: string) => string) {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** What `npm run build:release` sets (README, "Publishing"): the release checks must hold there too. */
const RELEASE_ENV = { RELEASE: '1', SITE_URL: 'https://example.org', CORRECTIONS_CONTACT: 'a@example.org' };

const STORY = 'stories/kk/shared-story.mdx';

describe.concurrent('bad content fails the build with the file and the field named', QUEUED, () => {
  it('builds the unbroken fixture, skipping its invalid draft (`_draft-story.mdx`)', async () => {
    const { status, output } = await buildBroken('valid', () => {});
    expect(status, output).toBe(0);
    expect(existsSync(join(workspace, 'valid/.dist/kk/stories/shared-story/index.html'))).toBe(true);
    expect(existsSync(join(workspace, 'valid/.dist/kk/stories/draft-story'))).toBe(false);
    expect(existsSync(join(workspace, 'valid/.dist/kk/stories/_draft-story'))).toBe(false);
  });

  it.each([
    {
      name: 'a missing title',
      breakIt: (root: string) => edit(root, STORY, (text) => text.replace(/^title: .*\n/m, '')),
      expected: [/stories.*kk\/shared-story/, /title/],
    },
    {
      name: 'a lesson without its parent letter',
      breakIt: (root: string) =>
        edit(root, 'lessons/en/sample-lesson.mdx', (text) => text.replace(/^parentLetter: .*\n/m, '')),
      expected: [/lessons.*en\/sample-lesson/, /parentLetter: /],
    },
    {
      name: 'a language folder that is not kk, ru or en',
      breakIt: (root: string) => renameSync(join(root, 'stories/ru'), join(root, 'stories/de')),
      expected: [/content\/stories\/de\/shared-story\.mdx/, /language folder "de" is not one of kk, ru, en/],
    },
    {
      name: 'a reference to a hotline id that does not exist',
      breakIt: (root: string) => edit(root, STORY, (text) => text.replace('<Hotline id="111" />', '<Hotline id="999" />')),
      expected: [/stories\/kk\/shared-story\.mdx/, /<Hotline id="999">: no verified line with this id in content\/hotlines\.yaml/],
    },
    {
      name: 'a reference to an entry slug that does not exist',
      breakIt: (root: string) =>
        edit(root, 'explainers/ru/only-in-russian.mdx', (text) => text.replace('[shared-story]', '[no-such-story]')),
      expected: [/only-in-russian/, /relatedStories.*"no-such-story" is not an entry of stories/],
    },
    {
      name: 'a slug with non-ASCII characters',
      breakIt: (root: string) => renameSync(join(root, STORY), join(root, 'stories/kk/әңгіме.mdx')),
      expected: [/content\/stories\/kk\/әңгіме\.mdx/, /slug "әңгіме" must be lower-case ASCII/],
    },
    {
      name: 'a source address that is not https',
      breakIt: (root: string) =>
        edit(root, 'explainers/ru/warning-signs.mdx', (text) =>
          text.replace('https://example.org/one', 'http://example.org/one'),
        ),
      expected: [/explainers.*ru\/warning-signs/, /sources\.0\.url: must be a full web address \(https:\/\/…\)/],
    },
    {
      name: 'a help-line number typed into a frontmatter field',
      breakIt: (root: string) =>
        edit(root, STORY, (text) => text.replace(/^description: .*$/m, 'description: "Қоңырау шалыңыз: 111."')),
      expected: [/stories.*kk\/shared-story/, /description: hotline number "111" typed by hand/],
    },
    {
      name: 'a promise about a help line typed beside it',
      breakIt: (root: string) =>
        edit(root, 'youth/en/young-people.mdx', (text) =>
          text.replace('For advice, call <Hotline id="111" />.', 'For free advice, call <Hotline id="111" />.'),
        ),
      expected: [/youth\/en\/young-people\.mdx:\d+/, /"free" \(cost\) beside <Hotline id="111">/],
    },
    {
      name: 'a surface that names a line which is not published',
      breakIt: (root: string) =>
        edit(root, 'hotline-placements.yaml', (text) => text.replace('lines: ["112", "111"] }\noffer', 'lines: ["112", "111", "150"] }\noffer')),
      expected: [/hotline-placements\.yaml: helpPage\.lines\.2: "150" is not a published line/],
    },
    {
      name: 'a malformed phone number',
      breakIt: (root: string) => edit(root, 'hotlines.yaml', (text) => text.replace('number: "111"', 'number: "11-1"')),
      expected: [/hotlines/, /number: must be the number as dialled/],
    },
    {
      name: 'an offer-check question without its severity',
      breakIt: (root: string) =>
        edit(root, 'youth/en/check-an-offer.mdx', (text) => text.replace('      severity: "serious"\n', '')),
      expected: [/youth.*en\/check-an-offer/, /offerCheck\.questions\.\d+\.severity: must be one of caution, serious/],
    },
    {
      name: 'a partner logo with a script in it',
      breakIt: (root: string) =>
        edit(root, 'partners/example-fund.svg', (text) =>
          text.replace('</svg>', '<script>fetch("https://evil.example/")</script></svg>'),
        ),
      expected: [/partners\/example-fund\.svg/, /<script>: is not allowed in a logo/],
    },
    {
      name: "a partner's name missing in one language",
      breakIt: (root: string) =>
        edit(root, 'partners.yaml', (text) => text.replace(/^ {4}ru: "Общественный фонд «Пример»"\n/m, '')),
      expected: [/partners\.yaml: entry 1 \(id "example-fund"\)/, /name\.ru/],
    },
    {
      name: "a partner's contact marked verified without its two sources",
      breakIt: (root: string) =>
        edit(root, 'partners.yaml', (text) =>
          text.replace('        - { title: "Source two", url: "https://example.org/two" }\n', ''),
        ),
      expected: [/partners\.yaml: entry 1 \(id "example-fund"\)/, /contacts\.0\.sources: a verified line must cite at least two sources/],
    },
  ])('$name', async ({ name, breakIt, expected }) => {
    const { status, output } = await buildBroken(name.replace(/\W+/g, '-'), breakIt);
    expect(status, output).not.toBe(0);
    for (const pattern of expected) expect(output).toMatch(pattern);
  });
});

/**
 * One build per collection (help notes included): the MDX rules (src/build/remark/remarkContentSafety.ts,
 * unit-tested rule by rule in tests/unit/plugins) run on every collection's files in the real build,
 * and stop it before an expression is ever evaluated.
 */
describe.concurrent('MDX that holds code or a forbidden element fails the build in every collection', QUEUED, () => {
  const EXPRESSION = '\n\nThe build knows {process.env.BAD_INPUT_SECRET}.\n';
  it.each([
    ['stories', 'stories/kk/shared-story.mdx'],
    ['explainers', 'explainers/ru/warning-signs.mdx'],
    ['lessons', 'lessons/en/sample-lesson.mdx'],
    ['pages', 'pages/en/about.mdx'],
    ['youth', 'youth/en/young-people.mdx'],
    ['help notes', 'help-notes/uz/languages.mdx'],
  ])('%s', async (collection, file) => {
    const { status, output } = await buildBroken(
      `mdx-${collection.replace(/\W+/g, '-')}`,
      (root) => {
        const path = join(root, file);
        if (!existsSync(path)) {
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, '---\ntitle: "Til"\nreviewed: 2026-11-27\n---\n\nMatn.\n');
        }
        edit(root, file, (text) => `${text}${EXPRESSION}`);
      },
      { BAD_INPUT_SECRET: 'do-not-print-me' },
    );
    expect(status, output).not.toBe(0);
    const lines = readFileSync(join(workspace, `mdx-${collection.replace(/\W+/g, '-')}`, 'content', file), 'utf8').split('\n');
    const line = lines.findIndex((text) => text.includes('{process.env')) + 1;
    expect(output).toContain(`${file}:${line}: {process.env.BAD_INPUT_SECRET}: JavaScript expressions are not allowed`);
    expect(output).not.toContain('do-not-print-me');
  });
});

describe.concurrent('a release build runs the reader-safety checks by itself', QUEUED, () => {
  it('refuses a help-line number that differs from its pin, naming the file and the line', async () => {
    const { status, output } = await buildBroken(
      'release-edited-number',
      (root) =>
        edit(root, 'hotlines.yaml', (text) =>
          text.replace('number: "112"', 'number: "113"').replace('display: "112"', 'display: "113"'),
        ),
      RELEASE_ENV,
    );
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/hotlines\.yaml: line "112": number "113" is not the pinned "112"/);
  });

  it('refuses a phone link typed by hand in content, naming the file and the line', async () => {
    const { status, output } = await buildBroken(
      'release-tel-link',
      (root) => edit(root, STORY, (text) => `${text}\n[Call](TEL:+77001234567)\n`),
      RELEASE_ENV,
    );
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/stories\/kk\/shared-story\.mdx:\d+: link "TEL:\+77001234567": tel: links are not allowed/);
  });
});

