/**
 * `npm run build:editor`: the content editor on its own, for its own origin (for example
 * https://editor.example.org), never beside the readers' site. Writes into EDITOR_OUT_DIR
 * (default `dist-editor/`): the editor page and its policy, the configuration generated from the
 * schemas and pointing at the repository (CMS_BACKEND, CMS_REPO, CMS_BRANCH, CMS_APP_ID,
 * CMS_AUTH_URL), the editor's bundle and fonts, the translation status page, `_headers` (the
 * editor's policy, frame-ancestors 'none', opener isolation) and a robots.txt that keeps crawlers out.
 * No Astro build: the editor is files, not pages. docs/editing.md says how to publish it.
 */
import './registerSourceAlias.ts';
import { rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const { cmsBackendFromEnv, translationsBehind, writeEditor } = await import('../src/cms/writeEditor.ts');
const { editorHeadersFile } = await import('../src/cms/editorPolicy.ts');
const { CONTENT_ROOT } = await import('../src/data/contentRoot.ts');

const folder = resolve(process.env['EDITOR_OUT_DIR'] ?? 'dist-editor');
const backend = cmsBackendFromEnv();
await rm(folder, { recursive: true, force: true });
const rows = await writeEditor(folder, backend, CONTENT_ROOT);
await writeFile(join(folder, '_headers'), editorHeadersFile(backend));
await writeFile(join(folder, 'robots.txt'), 'User-agent: *\nDisallow: /\n');

const behind = translationsBehind(rows);
if (behind.length > 0) console.warn(`translations behind their source (see translations/): ${behind.join(', ')}`);
console.log(`wrote the content editor for ${backend.name}:${backend.repo} (branch ${backend.branch}) to ${folder}`);
