import {
  COMMON_HEADERS,
  CONTENT_SECURITY_POLICY,
  DOCUMENT_CONTENT_SECURITY_POLICY,
  PDF_CONTENT_SECURITY_POLICY,
} from '~/security/contentSecurityPolicy';

/**
 * One rule of the site's response headers: a path pattern with at most one `*` (any characters,
 * as Cloudflare Pages and Netlify read it) and the headers it sets.
 */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/**
 * THE header policy, for every host: `_headers` (Netlify, Cloudflare Pages) and the nginx
 * configuration are both written from it. A few prefix rules rather than one per page, so that no
 * host's rule limit drops any (Cloudflare Pages reads at most 100). The first rule covers every
 * response, 404s at any address included; a later matching rule *replaces* the headers it names
 * (never adds a second value: two joined CSPs would both be enforced, and frame-ancestors 'none'
 * would win over the embed card's `*`).
 */
export function headerRules(base: string, { editorPolicy }: { editorPolicy?: string | undefined } = {}): HeaderRule[] {
  const pagePolicy = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
  const documents = ['campaign/*', 'qr/*', 'og/*', 'media/*', '*.svg', '*.json', '*.xml'];
  return [
    {
      pattern: `${base}*`,
      headers: {
        ...COMMON_HEADERS,
        'Content-Security-Policy': pagePolicy,
        'Cross-Origin-Opener-Policy': 'same-origin',
      },
    },
    // The help card is made for partners' frames.
    {
      pattern: `${base}embed/*`,
      headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors *` },
    },
    // A preview build's /admin/ (src/cms/editorPolicy.ts); a release has no editor.
    ...(editorPolicy
      ? [
          {
            pattern: `${base}admin/*`,
            // The git host's sign-in window must be able to report back to the editor.
            headers: {
              'Content-Security-Policy': `${editorPolicy}; frame-ancestors 'none'`,
              'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
            },
          },
        ]
      : []),
    ...documents.map((rest) => ({
      pattern: `${base}${rest}`,
      headers: { 'Content-Security-Policy': DOCUMENT_CONTENT_SECURITY_POLICY },
    })),
    { pattern: `${base}*.pdf`, headers: { 'Content-Security-Policy': PDF_CONTENT_SECURITY_POLICY } },
  ];
}

/** Whether `path` matches `pattern` (one `*`, matching any characters, `/` included). */
export function matchesPattern(pattern: string, path: string): boolean {
  const [head = '', tail] = pattern.split('*');
  return tail === undefined
    ? path === head
    : path.length >= head.length + tail.length && path.startsWith(head) && path.endsWith(tail);
}

/** The headers `path` gets under `rules`: each matching rule in order, later ones replacing earlier values. */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => matchesPattern(rule.pattern, path)).map((rule) => rule.headers));
}
