import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHeadersFile } from '~/security/formatHeadersFile';
import { formatNginxConfig } from '~/security/formatNginxConfig';
import { editorContentSecurityPolicy } from '~/cms/editorPolicy';
import { cmsBackendFromEnv } from '~/cms/writeEditor';
import { headerRules } from '~/security/responseHeaders';

/**
 * Writes the site's response headers for the hosts people use, from the one policy in
 * security/responseHeaders.ts: `_headers` inside the built folder (Netlify, Cloudflare Pages) and
 * an nginx site beside it (`<folder>.nginx.conf`, not published with the site).
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const editor = existsSync(join(outDir, 'admin'));
        const rules = headerRules(base, {
          editorPolicy: editor ? editorContentSecurityPolicy(cmsBackendFromEnv()) : undefined,
        });
        const netlify = process.env['NETLIFY'] === 'true';
        await writeFile(join(outDir, '_headers'), formatHeadersFile(rules, { netlify }));
        // nginx serves `${root}${base}`: under a sub-path, root is the folder that holds it.
        const root = base === '/' ? outDir : dirname(outDir);
        await writeFile(`${outDir}.nginx.conf`, formatNginxConfig(rules, { root, base }));
        logger.info(`wrote _headers (${rules.length} rules) and ${outDir}.nginx.conf`);
      },
    },
  };
}
