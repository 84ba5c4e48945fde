/**
 * `npm run check:docs`: the docs name only what exists. Every inline code span in README.md,
 * CONTRIBUTING.md and docs/*.md that looks like a repository path, a code identifier, a component
 * or an npm script must name something in the repository; a stale name fails with its file and
 * line. Runs under plain Node; tests/content/docs.test.ts runs it too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync('docs')
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

/** Where code lives: what an identifier in the docs must be found in. */
const CODE_ROOTS = [
  'src',
  'tools',
  'tests',
  '.ci',
  'astro.config.mjs',
  'site.config.ts',
  'package.json',
  'playwright.config.ts',
  'vitest.config.ts',
  'eslint.config.js',
];
/** This checker and its test name wrong names on purpose. */
const NOT_CODE = new Set(['tools/check-docs.ts', 'tests/content/docs.test.ts']);
const SKIPPED_FOLDERS = new Set([
  'node_modules',
  'dist',
  'dist-editor',
  'dist-fixtures',
  '.astro',
  '.git',
  'test-results',
  '.wrangler',
]);
const ROOT_FILE = /^[\w.-]+\.(mjs|ts|js|json|md|yaml|yml)$/;
const PATH_START = /^(\.\/)?(src|tests|tools|content|docs|public|\.ci)\//;
/** camelCase, PascalCase with a lower-case letter after the first, or UPPER_CASE of four letters or more. */
const IDENTIFIER = /^(?:[a-z][a-z0-9]*[A-Z]\w*|[A-Z][a-z0-9]+[A-Z]\w*|[A-Z][A-Z0-9_]{3,})(?:\(\))?$/;
const COMPONENT = /^<([A-Z][A-Za-z]+)[\s/>]/;

/**
 * Names from the platform or from libraries that the docs explain but the code need not use.
 * Each needs a reason; keep the list short.
 */
const EXTERNAL_NAMES = new Set<string>([
  // Pagefind's ranking options, which docs/search.md says were tried and set aside.
  'metaWeights',
  'pageLength',
  // GitHub's review-rule file, in the publisher's own repository (docs/editing.md).
  'CODEOWNERS',
  // The CI file of a publisher's own GitLab project, which docs/editing.md tells them to write.
  '.gitlab-ci.yml',
]);

export interface RepositoryIndex {
  paths: Set<string>;
  code: string;
  scripts: Set<string>;
  components: Set<string>;
}

function walk(path: string, into: string[]): void {
  if (!existsSync(path)) return;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (SKIPPED_FOLDERS.has(entry.name)) continue;
    const full = path === '.' ? entry.name : join(path, entry.name);
    into.push(entry.isDirectory() ? `${full}/` : full);
    if (entry.isDirectory()) walk(full, into);
  }
}

/** The repository's files and folders, its code as one text, its npm scripts and components. */
export function indexRepository(): RepositoryIndex {
  const paths: string[] = [];
  walk('.', paths);
  const codeFiles = paths.filter(
    (path) =>
      !NOT_CODE.has(path) &&
      CODE_ROOTS.some((root) => path === root || path.startsWith(`${root}/`)) &&
      /\.(ts|mjs|js|astro|json|css)$|^\.ci\/run$/.test(path),
  );
  const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: object }).scripts);
  return {
    paths: new Set(paths),
    code: codeFiles.map((file) => readFileSync(file, 'utf8')).join('\n'),
    scripts: new Set(scripts),
    components: new Set(
      paths.filter((path) => path.endsWith('.astro')).map((path) => path.split('/').at(-1)!.slice(0, -'.astro'.length)),
    ),
  };
}

/**
 * Whether a path the docs name is real: it exists (`<lang>`, `…` and `*` stand for any name), a
 * bare file name exists somewhere, or the code writes or reads it by that name (a file a build
 * writes, or one an editor creates, such as `content/partners.yaml`).
 */
function pathExists(written: string, index: RepositoryIndex): boolean {
  const path = written
    .replace(/^\.\//, '')
    .replace(/[:#].*$/, '')
    .replace(/[),.;]+$/, '');
  if (index.paths.has(path) || index.paths.has(`${path}/`)) return true;
  const name = path.replace(/\/$/, '').split('/').at(-1) ?? '';
  if (!path.includes('/') && [...index.paths].some((candidate) => candidate.split('/').at(-1) === name)) return true;
  const folder = path.replace(/\/$/, '').split('/').slice(0, -1).join('/');
  const folderExists = folder === '' || index.paths.has(`${folder}/`);
  if (folderExists && name && new RegExp(`['"\`/]${escape(name)}['"\`/]`).test(index.code)) return true;
  if (!/<[^>]+>|…|\*|\{/.test(path)) return false;
  const pattern = new RegExp(
    `^${path
      .split(/(<[^>]+>|…|\*\*?|\{[^}]*\})/)
      .map((part, i) =>
        i % 2 === 1
          ? part === '**'
            ? '.*'
            : part.startsWith('{')
              ? `(${part.slice(1, -1).split(',').map(escape).join('|')})`
              : '[^/]+'
          : escape(part),
      )
      .join('')}/?$`,
  );
  return [...index.paths].some((candidate) => pattern.test(candidate));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every stale name in one Markdown text: `file:line: \`name\`: what is wrong`. */
export function findStaleNames(markdown: string, file: string, index: RepositoryIndex): string[] {
  const problems: string[] = [];
  let fenced = false;
  markdown.split('\n').forEach((line, lineIndex) => {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced) return;
    for (const [, span = ''] of line.matchAll(/`([^`\n]+)`/g)) {
      const where = `${file}:${lineIndex + 1}: \`${span}\``;
      const script = /^npm run ([\w:-]+)/.exec(span)?.[1];
      const component = COMPONENT.exec(span)?.[1];
      if (script) {
        if (!index.scripts.has(script)) problems.push(`${where}: package.json has no script "${script}"`);
      } else if (component) {
        if (!index.components.has(component))
          problems.push(`${where}: no component ${component}.astro in the repository`);
      } else if (PATH_START.test(span) || ROOT_FILE.test(span)) {
        if (!span.includes(' ') && !EXTERNAL_NAMES.has(span) && !pathExists(span, index))
          problems.push(`${where}: no such file or folder`);
      } else if (IDENTIFIER.test(span)) {
        const name = span.replace(/\(\)$/, '');
        if (!EXTERNAL_NAMES.has(name) && !new RegExp(`\\b${escape(name)}\\b`).test(index.code))
          problems.push(`${where}: no code names "${name}"`);
      }
    }
  });
  return problems;
}

if (import.meta.main) {
  const index = indexRepository();
  const problems = DOCS.flatMap((file) => findStaleNames(readFileSync(file, 'utf8'), file, index));
  console.log(problems.length ? problems.join('\n') : `the docs name only what exists (${DOCS.length} files)`);
  if (problems.length) process.exit(1);
}
