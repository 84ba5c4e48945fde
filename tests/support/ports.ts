/**
 * Where the browser tests' servers listen. `TEST_PORT` moves all four, so two checkouts can run
 * their suites side by side; the built site still believes it lives at PREVIEW_SITE_URL.
 */
export const SITE_PORT = Number(process.env['TEST_PORT'] ?? 4321);
export const FIXTURE_PORT = SITE_PORT + 1;
export const SUBPATH_PORT = SITE_PORT + 2;
/** The content editor's own build (`npm run build:editor`), on an origin of its own. */
export const EDITOR_PORT = SITE_PORT + 3;

/** The origin the built site is served from during tests. */
export const SERVED_ORIGIN = `http://localhost:${SITE_PORT}`;
/** The fallback fixture site (tests/fixtures/small-site). */
export const FIXTURE_ORIGIN = `http://localhost:${FIXTURE_PORT}`;
/** The address a build without SITE_URL writes into canonical URLs, sitemaps and share links. */
export const PREVIEW_SITE_URL = 'http://localhost:4321';
/** Where the editor build is served: another origin than the site's (another host name and port). */
export const EDITOR_ORIGIN = `http://127.0.0.1:${EDITOR_PORT}`;
