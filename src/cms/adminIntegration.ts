import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { buildCmsConfig, type CmsBackend } from '~/cms/cmsConfig';
import { translationStatusPage } from '~/cms/translationStatusPage';
import { translationStatus } from '~/cms/translationStatus';
import { CONTENT_ROOT } from '~/data/contentRoot';
import { ADMIN_CONTENT_SECURITY_POLICY } from '~/security/contentSecurityPolicy';

const require = createRequire(import.meta.url);

/**
 * Files the editor would fetch from CDNs, served from the site instead: nothing of this site,
 * not even its admin page, loads from another origin. `from` is the address in the editor's
 * bundle, `to` the file beside it; the test in tests/unit/cms fails if a new remote address appears.
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

/** Remote data the editor asks for on start: its newest version and GitHub's status page. */
const LOCAL_ANSWERS = [
  { from: 'https://unpkg.com/@sveltia/cms', to: './sveltia' },
  { from: 'https://www.githubstatus.com/api/v2/status.json', to: './github-status.json' },
] as const;

/** The editor's package folder (its `exports` name only an npm wrapper, not the browser bundle). */
function editorPackageDir(): string {
  return join(dirname(require.resolve('@sveltia/cms')), '..');
}

/** Where the editor's browser bundle is. */
function editorBundlePath(): string {
  return join(editorPackageDir(), 'dist', 'sveltia-cms.js');
}

/** The editor's bundle with every address in LOCAL_COPIES and LOCAL_ANSWERS pointed at the site. */
export async function localizeEditorBundle(): Promise<string> {
  let bundle = await readFile(editorBundlePath(), 'utf8');
  for (const { from, to } of [...LOCAL_COPIES, ...LOCAL_ANSWERS]) {
    if (!bundle.includes(from))
      throw new Error(
        `content editor: "${from}" is no longer in the editor's bundle; update src/cms/adminIntegration.ts`,
      );
    bundle = bundle.replaceAll(from, to);
  }
  return bundle;
}

function adminPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${ADMIN_CONTENT_SECURITY_POLICY}">
<meta name="robots" content="noindex">
<title>Content editor</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<script src="sveltia-cms.js"></script>
</body>
</html>
`;
}

/** The git host the editor saves to; an NGO sets these where it builds the site (docs/editing.md). */
export function cmsBackendFromEnv(env: NodeJS.ProcessEnv = process.env): CmsBackend {
  const name = env['CMS_BACKEND'] ?? 'github';
  if (name !== 'github' && name !== 'gitlab') throw new Error(`CMS_BACKEND must be github or gitlab, not "${name}"`);
  return { name, repo: env['CMS_REPO'] ?? 'OWNER/REPOSITORY', branch: env['CMS_BRANCH'] ?? 'main' };
}

/**
 * Writes the content editor to `/admin/` after the build: its page (with its own CSP), the
 * configuration generated from the schemas, the editor's bundle and fonts served from the site.
 * Written after the pages, so it is in no sitemap, search index or page list.
 */
export function contentEditor(): AstroIntegration {
  return {
    name: 'content-editor',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const adminDir = join(fileURLToPath(dir), 'admin');
        await mkdir(join(adminDir, 'fonts'), { recursive: true });
        await mkdir(join(adminDir, 'sveltia'), { recursive: true });
        await mkdir(join(adminDir, 'translations'), { recursive: true });
        const rows = translationStatus(CONTENT_ROOT);
        const version = JSON.parse(await readFile(join(editorPackageDir(), 'package.json'), 'utf8')) as {
          version: string;
        };
        await Promise.all([
          writeFile(join(adminDir, 'index.html'), adminPage()),
          writeFile(join(adminDir, 'config.yml'), stringify(buildCmsConfig(cmsBackendFromEnv()), { lineWidth: 0 })),
          writeFile(join(adminDir, 'sveltia-cms.js'), await localizeEditorBundle()),
          // The editor compares its version with the newest; this copy answers with its own.
          writeFile(join(adminDir, 'sveltia', 'package.json'), JSON.stringify({ version: version.version })),
          // Unknown, not "all fine": the site cannot know GitHub's status without asking GitHub.
          writeFile(join(adminDir, 'github-status.json'), JSON.stringify({ status: { indicator: 'unknown' } })),
          ...LOCAL_COPIES.map(({ to, file }) => copyFile(require.resolve(file), join(adminDir, to))),
          writeFile(join(adminDir, 'translations', 'index.html'), translationStatusPage(rows)),
        ]);
        const behind = rows.flatMap((row) =>
          Object.entries(row.cells)
            .filter(([, cell]) => cell.state === 'behind')
            .map(([lang]) => `${lang}/${row.collection}/${row.slug}`),
        );
        if (behind.length > 0)
          logger.warn(`translations behind their source (see /admin/translations/): ${behind.join(', ')}`);
        logger.info(`wrote the content editor (Sveltia CMS ${version.version}) to /admin/`);
      },
    },
  };
}
