import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { buildCmsConfig, type CmsBackend } from '~/cms/cmsConfig';
import { editorContentSecurityPolicy, editorDocumentHead } from '~/cms/editorPolicy';
import { translationStatus, type TranslationRow } from '~/cms/translationStatus';
import { translationStatusPage } from '~/cms/translationStatusPage';

const require = createRequire(import.meta.url);

/**
 * Files the editor would fetch from CDNs, served beside it instead: nothing of the editor loads
 * from another origin. `from` is the address in the editor's bundle, `to` the file beside it; the
 * test in tests/unit/cms fails if a new remote address appears.
 */
const LOCAL_COPIES = [
  {
    from: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
    to: 'fonts/source-sans-3.woff2',
    file: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  },
  {
    from: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
    to: 'fonts/noto-mono.woff2',
    file: '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  },
  {
    from: 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
    to: 'fonts/material-symbols-outlined.woff2',
    file: '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
  },
] as const;

/** Remote data the editor asks for on start: its newest version and its git host's status page. */
const LOCAL_ANSWERS = [
  { from: 'https://unpkg.com/@sveltia/cms', to: './sveltia' },
  { from: 'https://www.githubstatus.com/api/v2/status.json', to: './github-status.json' },
  { from: 'https://status-api.hostedstatus.com/1.0/status/5b36dc6502d06804c08349f7', to: './gitlab-status.json' },
] as const;

/** The editor's package folder (its `exports` name only an npm wrapper, not the browser bundle). */
function editorPackageDir(): string {
  return join(dirname(require.resolve('@sveltia/cms')), '..');
}

/** The editor's bundle with every address in LOCAL_COPIES and LOCAL_ANSWERS pointed at its own folder. */
export async function localizeEditorBundle(): Promise<string> {
  let bundle = await readFile(join(editorPackageDir(), 'dist', 'sveltia-cms.js'), 'utf8');
  for (const { from, to } of [...LOCAL_COPIES, ...LOCAL_ANSWERS]) {
    if (!bundle.includes(from))
      throw new Error(`content editor: "${from}" is no longer in the editor's bundle; update src/cms/writeEditor.ts`);
    bundle = bundle.replaceAll(from, to);
  }
  return bundle;
}

/**
 * Hosts that cannot send `frame-ancestors` (GitHub Pages, GitLab Pages, a plain file server)
 * still must not let another site frame the signed-in editor: framed, the page stops before the
 * editor's script loads. An external file, because the editor's policy allows no inline script.
 */
const FRAME_GUARD = `if (window.top !== window.self) {
  document.documentElement.replaceChildren();
  window.stop();
  throw new Error('The content editor does not run inside a frame.');
}
`;

function editorPage(backend: CmsBackend): string {
  return `<!doctype html>
<html lang="en">
<head>
${editorDocumentHead({ title: 'Content editor', policy: editorContentSecurityPolicy(backend), guard: 'frame-guard.js' })}
<link href="config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<script src="sveltia-cms.js"></script>
</body>
</html>
`;
}

/** The git host the editor saves to; whoever runs the site sets these where it builds the editor (docs/editing.md). */
export function cmsBackendFromEnv(env: NodeJS.ProcessEnv = process.env): CmsBackend {
  const name = env['CMS_BACKEND'] ?? 'github';
  if (name !== 'github' && name !== 'gitlab') throw new Error(`CMS_BACKEND must be github or gitlab, not "${name}"`);
  const appId = env['CMS_APP_ID'];
  const authBaseUrl = env['CMS_AUTH_URL'];
  if (authBaseUrl && !/^https:\/\/[^/\s"]+\/?$/.test(authBaseUrl))
    throw new Error(`CMS_AUTH_URL must be the https:// origin of the authentication service, not "${authBaseUrl}"`);
  return {
    name,
    repo: env['CMS_REPO'] ?? 'OWNER/REPOSITORY',
    branch: env['CMS_BRANCH'] ?? 'main',
    ...(appId ? { appId } : {}),
    ...(authBaseUrl ? { authBaseUrl } : {}),
  };
}

/**
 * Writes the whole content editor into `folder`: its page (with its own CSP), the configuration
 * generated from the schemas, the editor's bundle and fonts as local copies, and the translation
 * status page. Returns the translation rows so the caller can report the outdated ones.
 */
export async function writeEditor(folder: string, backend: CmsBackend, contentRoot: string): Promise<TranslationRow[]> {
  await mkdir(join(folder, 'fonts'), { recursive: true });
  await mkdir(join(folder, 'sveltia'), { recursive: true });
  await mkdir(join(folder, 'translations'), { recursive: true });
  const rows = translationStatus(contentRoot);
  const { version } = JSON.parse(await readFile(join(editorPackageDir(), 'package.json'), 'utf8')) as {
    version: string;
  };
  await Promise.all([
    writeFile(join(folder, 'index.html'), editorPage(backend)),
    writeFile(join(folder, 'frame-guard.js'), FRAME_GUARD),
    writeFile(join(folder, 'config.yml'), stringify(buildCmsConfig(backend), { lineWidth: 0 })),
    writeFile(join(folder, 'sveltia-cms.js'), await localizeEditorBundle()),
    // The editor compares its version with the newest; this copy answers with its own.
    writeFile(join(folder, 'sveltia', 'package.json'), JSON.stringify({ version })),
    // Unknown, not "all fine": the editor cannot know the git host's status without asking it.
    writeFile(join(folder, 'github-status.json'), JSON.stringify({ status: { indicator: 'unknown' } })),
    writeFile(join(folder, 'gitlab-status.json'), JSON.stringify({ result: { status_overall: { status_code: 0 } } })),
    ...LOCAL_COPIES.map(({ to, file }) => copyFile(require.resolve(file), join(folder, to))),
    writeFile(
      join(folder, 'translations', 'index.html'),
      translationStatusPage(rows, editorContentSecurityPolicy(backend)),
    ),
  ]);
  return rows;
}

/** The translations behind their source, as `lang/collection/slug`, for a build's warning. */
export function translationsBehind(rows: readonly TranslationRow[]): string[] {
  return rows.flatMap((row) =>
    Object.entries(row.cells)
      .filter(([, cell]) => cell.state === 'behind')
      .map(([lang]) => `${lang}/${row.collection}/${row.slug}`),
  );
}
