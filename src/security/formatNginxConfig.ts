import { headersForPath, type HeaderRule } from '~/security/responseHeaders';

/** `pattern` (one `*`) as an anchored nginx regular expression. */
function patternToRegex(pattern: string): string {
  return `^${pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\"]/g, '\\$&'))
    .join('.*')}$`;
}

/** A header's name as an nginx variable: `$site_content_security_policy`. */
function variableFor(name: string): string {
  return `$site_${name.toLowerCase().replaceAll('-', '_')}`;
}

/**
 * An nginx site (http-level include, e.g. /etc/nginx/conf.d/) serving the built folder with the
 * same headers as `_headers`. One `map` per header picks its value by address, so every header
 * is set once in the server block: `add_header` inside `location` blocks would silently drop the
 * server's other headers (nginx's inheritance rule). `always` adds them to 404s too.
 */
export function formatNginxConfig(
  rules: readonly HeaderRule[],
  { root, base }: { root: string; base: string },
): string {
  const names = [...new Set(rules.flatMap((rule) => Object.keys(rule.headers)))];
  const maps = names.map((name) => {
    // nginx takes the first matching regex; our rules let the last matching one win.
    const entries = rules
      .slice(1)
      .filter((rule) => name in rule.headers)
      .reverse()
      .map((rule) => `  ~${patternToRegex(rule.pattern)} "${rule.headers[name]}";`);
    const fallback = headersForPath(rules.slice(0, 1), base)[name] ?? '';
    return [`map $uri ${variableFor(name)} {`, `  default "${fallback}";`, ...entries, '}'].join('\n');
  });
  return `# Written by the build from src/security/responseHeaders.ts: edit that, not this file.
# Include it at http level (e.g. /etc/nginx/conf.d/site.conf). Set listen, server_name and TLS
# for your host, and root to where the built folder is copied.
${maps.join('\n\n')}

server {
  listen 80;
  server_name _;
  root ${root};
  index index.html;
  absolute_redirect off;
  server_tokens off;
  error_page 404 ${base}404.html;

${names.map((name) => `  add_header ${name} ${variableFor(name)} always;`).join('\n')}

  location ${base} {
    try_files $uri $uri/ =404;
  }
}
`;
}
