import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One block of a `_headers` file (Netlify / Cloudflare Pages format): a path pattern and its headers. */
export interface HeadersRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Reads `<folder>/_headers`: unindented lines are path patterns, indented `Name: value` lines their headers. */
export function readHeadersFile(folder: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of readFileSync(join(folder, '_headers'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers: cannot read "${line}"`);
    rule.headers[match[1] ?? ''] = match[2] ?? '';
  }
  return rules;
}

/** The headers a host applies to `path`: every matching block, in order (`*` matches any rest). */
export function headersFor(rules: readonly HeadersRule[], path: string): Record<string, string> {
  const matches = (pattern: string) =>
    pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern)).map((rule) => rule.headers));
}
