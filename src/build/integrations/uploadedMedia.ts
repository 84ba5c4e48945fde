import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_ROOT } from '~/data/contentRoot';
import { findActivePublicFiles } from '~/media/checkPublicFolder';
import { MEDIA_PUBLIC_PATH, mediaSourceDir } from '~/media/mediaFolder';
import { publishMedia } from '~/media/publishMedia';

/**
 * Uploads never reach readers as they were uploaded. Before the build: `public/` holds no file a
 * browser could run as the site (checkPublicFolder.ts), and every file in the media folder is a
 * JPEG, PNG or WebP image, re-encoded without its metadata (publishMedia.ts); anything else stops
 * the build, naming the file. After the build: the re-encoded images are written to /media/.
 */
export function uploadedMedia(): AstroIntegration {
  let media = new Map<string, Buffer>();
  return {
    name: 'uploaded-media',
    hooks: {
      'astro:config:setup': async ({ config, command }) => {
        const root = fileURLToPath(config.root);
        const active = findActivePublicFiles(fileURLToPath(config.publicDir), root);
        if (active.length > 0)
          throw new Error(
            `public/ is copied to the site unchecked, so it may hold no page, script, style, SVG or XML file except the site's own (src/media/checkPublicFolder.ts): ${active.join(', ')}`,
          );
        if (command !== 'build') return;
        const source = mediaSourceDir(CONTENT_ROOT);
        media = await publishMedia(source, relative(root, source).split(sep).join('/') || source);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), MEDIA_PUBLIC_PATH);
        for (const [file, bytes] of media) {
          await mkdir(dirname(join(out, file)), { recursive: true });
          await writeFile(join(out, file), bytes);
        }
        if (media.size > 0) logger.info(`re-encoded ${media.size} uploaded images into ${MEDIA_PUBLIC_PATH}/`);
      },
    },
  };
}
