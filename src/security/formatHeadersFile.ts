import type { HeaderRule } from '~/security/responseHeaders';

/**
 * `_headers` for Cloudflare Pages and Netlify. Both apply every matching rule; a header named by
 * an earlier matching rule is first detached (`! Name`, Cloudflare's syntax) so it is replaced,
 * not joined into two values. Netlify does not read `!` lines; its own matching already lets the
 * later rule's value win (netlify/cli `headersForPath`), so they are left out there.
 */
export function formatHeadersFile(rules: readonly HeaderRule[], { netlify = false } = {}): string {
  const blocks = rules.map((rule, index) => {
    const earlier = new Set(rules.slice(0, index).flatMap((other) => Object.keys(other.headers)));
    const lines = [rule.pattern];
    for (const [name, value] of Object.entries(rule.headers)) {
      if (earlier.has(name) && !netlify) lines.push(`  ! ${name}`);
      lines.push(`  ${name}: ${value}`);
    }
    return lines.join('\n');
  });
  return `# Written by the build from src/security/responseHeaders.ts: edit that, not this file.\n${blocks.join('\n\n')}\n`;
}
