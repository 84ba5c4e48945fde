/**
 * The site's Content-Security-Policy. Everything comes from the site itself: scripts are always
 * external files (astro.config.mjs sets assetsInlineLimit: 0), so no inline script and no hash
 * is needed; 'wasm-unsafe-eval' lets Pagefind run its WebAssembly. `data:` images are the QR
 * codes inside generated SVGs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Who may put a page in a frame: nobody, except the help card made for partners' sites. */
export function frameAncestors(path: string): string {
  return /\/embed\//.test(path) ? 'frame-ancestors *' : "frame-ancestors 'none'";
}

/** Headers every response gets from hosts that read `_headers` (Netlify, Cloudflare Pages). */
export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
};

/**
 * The content editor's page (/admin/) is an application, not a reading page: it styles itself
 * inline, previews images as blobs and talks to the git host's API. Nothing else is allowed.
 */
export const ADMIN_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com https://gitlab.com",
  "font-src 'self'",
  "connect-src 'self' blob: data: https://api.github.com https://gitlab.com",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The policy a page gets in `_headers`: the editor's own for /admin/, the site's for the rest. */
export function contentSecurityPolicyFor(path: string): string {
  return /\/admin\//.test(path) ? ADMIN_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
}
