import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_SCRIPT_PATH } from '~/constants';

const ENTRY = fileURLToPath(new URL('../../client/site.ts', import.meta.url));

/**
 * The script every page runs (client/site.ts) as one small classic script (an IIFE, minified):
 * Astro bundles `<script>` tags as deferred modules, which would leave Exit this page a plain link
 * until they have run.
 */
async function bundleSiteScript(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Writes the site script into the build at SITE_SCRIPT_PATH, and serves it there in `astro dev`. */
export function siteScript(): AstroIntegration {
  let base = '/';
  return {
    name: 'site-script',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const path = `${base}${SITE_SCRIPT_PATH.slice(1)}`;
        server.middlewares.use((request, response, next) => {
          if (request.url?.split('?')[0] !== path) return next();
          bundleSiteScript().then((code) => {
            response.setHeader('Content-Type', 'text/javascript');
            response.end(code);
          }, next);
        });
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(join(fileURLToPath(dir), SITE_SCRIPT_PATH), await bundleSiteScript());
      },
    },
  };
}
