import type { CmsBackend } from '~/cms/cmsConfig';

/**
 * The only other origins the editor may reach, by git host: its API (saves, reads, sign-in with
 * PKCE) and where it shows the signed-in person's picture from. Only the host the site uses is
 * allowed, so an editor set up for GitHub cannot talk to GitLab and the other way round.
 */
const GIT_HOST_ORIGINS: Record<CmsBackend['name'], { api: string[]; images: string[] }> = {
  github: { api: ['https://api.github.com'], images: ['https://avatars.githubusercontent.com'] },
  gitlab: { api: ['https://gitlab.com'], images: ['https://gitlab.com', 'https://secure.gravatar.com'] },
};

/**
 * The editor's Content-Security-Policy. It is an application, not a reading page: it styles
 * itself inline, previews files as blobs and talks to its git host's API; nothing else, so a
 * draft cannot be sent to a translation or image service the bundle knows about.
 */
export function editorContentSecurityPolicy(backend: Pick<CmsBackend, 'name'>): string {
  const { api, images } = GIT_HOST_ORIGINS[backend.name];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${images.join(' ')}`,
    "font-src 'self'",
    `connect-src 'self' blob: data: ${api.join(' ')}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Every header the editor's own host sends with every file of the editor build (`_headers`, read
 * by Netlify and Cloudflare Pages). The editor holds a token that can write to the repository:
 * no site may frame it (clickjacking), no other window keeps a handle on it, other sites cannot
 * load its files, and browsers only reach it over HTTPS. The opener policy still lets the
 * sign-in window it opens (GitHub or GitLab) report back.
 */
export function editorHeaders(backend: Pick<CmsBackend, 'name'>): Record<string, string> {
  return {
    'Content-Security-Policy': `${editorContentSecurityPolicy(backend)}; frame-ancestors 'none'`,
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Strict-Transport-Security': 'max-age=31536000',
    'X-Robots-Tag': 'noindex, nofollow',
    'Permissions-Policy':
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  };
}

/** The `_headers` file of the editor build: one rule for everything, since the folder is only the editor. */
export function editorHeadersFile(backend: Pick<CmsBackend, 'name'>): string {
  const lines = Object.entries(editorHeaders(backend)).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, ''].join('\n');
}

/**
 * The `<head>` lines every page of the editor build shares: its policy, no referrer, no indexing,
 * and the frame guard (`guard`: the path to frame-guard.js from that page), which stops a framed
 * page where the host sends no headers.
 */
export function editorDocumentHead({ title, policy, guard }: { title: string; policy: string; guard: string }): string {
  return `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${title}</title>
<script src="${guard}"></script>`;
}
