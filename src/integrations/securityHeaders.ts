import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMON_HEADERS, contentSecurityPolicyFor, frameAncestors } from '~/security/contentSecurityPolicy';

/**
 * Writes `_headers` for hosts that read it: the common security headers for everything, and per
 * page the same CSP as its <meta> plus frame-ancestors (which a <meta> cannot carry). Pages are
 * listed one by one so the embed card's permission never merges with the others' 'none'.
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
        const outDir = fileURLToPath(dir);
        const entries = await readdir(outDir, { withFileTypes: true, recursive: true });
        const pages = entries
          .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
          .map((entry) => {
            const file = relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/');
            return base + file.replace(/index\.html$/, '');
          })
          .sort();
        const common = Object.entries(COMMON_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
        const lines = [`${base}*`, ...common, ''];
        for (const page of pages) {
          lines.push(page, `  Content-Security-Policy: ${contentSecurityPolicyFor(page)}; ${frameAncestors(page)}`, '');
        }
        await writeFile(join(outDir, '_headers'), lines.join('\n'));
        logger.info(`wrote _headers for ${pages.length} pages`);
      },
    },
  };
}
