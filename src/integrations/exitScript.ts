import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT_SCRIPT_PATH } from '~/constants';

const ENTRY = fileURLToPath(new URL('../client/exitThisPage.ts', import.meta.url));

/**
 * The exit control's script as one small classic script (an IIFE, minified): Astro bundles
 * `<script>` tags as deferred modules, which would leave Exit a plain link until they have run.
 */
async function bundleExitScript(): Promise<string> {
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

/** Writes the exit script into the build at EXIT_SCRIPT_PATH, and serves it there in `astro dev`. */
export function exitScript(): AstroIntegration {
  let base = '/';
  return {
    name: 'exit-script',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const path = `${base}${EXIT_SCRIPT_PATH.slice(1)}`;
        server.middlewares.use((request, response, next) => {
          if (request.url?.split('?')[0] !== path) return next();
          bundleExitScript().then((code) => {
            response.setHeader('Content-Type', 'text/javascript');
            response.end(code);
          }, next);
        });
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(join(fileURLToPath(dir), EXIT_SCRIPT_PATH), await bundleExitScript());
      },
    },
  };
}
