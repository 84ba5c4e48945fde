import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmsBackendFromEnv, translationsBehind, writeEditor } from '~/cms/writeEditor';
import { CONTENT_ROOT } from '~/data/contentRoot';

/**
 * The content editor at `/admin/` of a preview build (one for no public address: `npm start`,
 * the tests), for work on one's own computer ("Work with Local Repository"). A build for a public
 * address, release or not, leaves it out entirely: the editor holds a token that can write to the
 * repository, so it never shares the readers' origin. It is published from its own build on its
 * own origin instead (`npm run build:editor`, docs/editing.md). Written after the pages, so it is
 * in no sitemap, search index or page list.
 */
export function contentEditor({ preview }: { preview: boolean }): AstroIntegration {
  return {
    name: 'content-editor',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!preview) {
          logger.info('a build for a public address: no content editor (it is built on its own: npm run build:editor)');
          return;
        }
        const rows = await writeEditor(join(fileURLToPath(dir), 'admin'), cmsBackendFromEnv(), CONTENT_ROOT);
        const behind = translationsBehind(rows);
        if (behind.length > 0)
          logger.warn(`translations behind their source (see /admin/translations/): ${behind.join(', ')}`);
        logger.info('wrote the content editor to /admin/ (preview builds only)');
      },
    },
  };
}
