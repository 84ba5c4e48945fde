import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../../../site.config';

/** Draws `lines` in a box of box-drawing characters, so the warning stands out in a build log. */
export function boxed(lines: string[]): string {
  const width = Math.max(...lines.map((line) => line.length));
  const rule = '─'.repeat(width + 2);
  return [`┌${rule}┐`, ...lines.map((line) => `│ ${line.padEnd(width)} │`), `└${rule}┘`].join('\n');
}

/**
 * Ends every build that is not ready to publish with a boxed warning naming what to set. A
 * release build never gets here with anything missing: site.config.ts stops it first.
 */
export function previewWarning(config: SiteConfig): AstroIntegration {
  return {
    name: 'preview-warning',
    hooks: {
      'astro:build:done': () => {
        if (config.missing.length === 0) return;
        const heading = config.preview
          ? 'PREVIEW BUILD: posters, the wallet card and the embed snippet say "preview", not for printing.'
          : 'This build is not ready to publish:';
        console.warn(
          `\n${boxed([heading, '', ...config.missing.map((line) => `• ${line}`), '', 'Then run: npm run build:release (README.md, "Publishing").'])}\n`,
        );
      },
    },
  };
}
