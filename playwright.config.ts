import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './tests/support/chromiumExecutable';
import { FIXTURE_PORT, SERVED_ORIGIN, SITE_PORT, SUBPATH_PORT } from './tests/support/ports';
import { SUBPATH_BASE, SUBPATH_CONTACT, SUBPATH_DIR, SUBPATH_SITE } from './tests/support/subpathSite';

/**
 * Browser tests run against the built site (`npm run build` first), served by `astro preview`,
 * plus a small fixture site built from `tests/fixtures/small-site` (missing translations).
 */
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: './tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts', 'gates/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: SERVED_ORIGIN,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  webServer: [
    {
      command: `npx astro preview --port ${SITE_PORT}`,
      url: `${SERVED_ORIGIN}/`,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `CONTENT_DIR=tests/fixtures/small-site OUT_DIR=dist-fixtures/fallback ASTRO_CACHE_DIR=node_modules/.astro-fallback npx astro build && npx sirv dist-fixtures/fallback --port ${FIXTURE_PORT} --quiet`,
      url: `http://localhost:${FIXTURE_PORT}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 300_000,
    },
    {
      // The site as an NGO would publish it: a release build for its own domain, under a sub-path.
      command: `RELEASE=1 SITE_URL=${SUBPATH_SITE} BASE_PATH=${SUBPATH_BASE} CORRECTIONS_CONTACT=${SUBPATH_CONTACT} OUT_DIR=${SUBPATH_DIR} ASTRO_CACHE_DIR=node_modules/.astro-subpath npx astro build && node tests/support/serveUnderBase.ts ${SUBPATH_DIR} ${SUBPATH_PORT} ${SUBPATH_BASE}`,
      url: `http://localhost:${SUBPATH_PORT}${SUBPATH_BASE}kk/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 300_000,
    },
  ],
});
