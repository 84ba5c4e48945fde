import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './tools/chromiumExecutable';
import {
  EDITOR_ORIGIN,
  EDITOR_PORT,
  FIXTURE_PORT,
  SERVED_ORIGIN,
  SITE_PORT,
  SUBPATH_PORT,
} from './tests/support/ports';
import { FALLBACK_DIR } from './tests/support/fixtureSites';
import { SUBPATH_BASE, SUBPATH_DIR } from './tests/support/subpathSite';

/**
 * Browser tests run against the built site (`npm run build` first), served by `astro preview`,
 * plus two fixture builds (tests/support/buildFixture.ts): `tests/fixtures/small-site` (missing
 * translations) and the site under a sub-path; and the content editor's own build
 * (`npm run build:editor`) on an origin of its own. Checks that only read files run in Vitest
 * (tests/gates, `npm run test:built`).
 *
 * They run in Chromium's headless shell (tools/chromiumExecutable.ts), as Playwright's own
 * headless runs do, except the tests that need the full browser: the embed card's sandbox is
 * only checked when a tel: link is handed to the phone app, and the headless shell has no
 * external protocol handlers, so it never refuses one (the control test, which must see a
 * refusal, fails there).
 */
const FULL_BROWSER_TESTS = ['e2e/embed-snippet.spec.ts'];

/** Launch options for a Chromium build (tools/chromiumExecutable.ts). */
function launchOptions(build: 'browser' | 'headless-shell') {
  const executablePath = chromiumExecutable(build);
  return {
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  };
}

export default defineConfig({
  testDir: './tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: SERVED_ORIGIN,
    ...devices['Desktop Chrome'],
  },
  projects: [
    { name: 'headless-shell', testIgnore: FULL_BROWSER_TESTS, use: { launchOptions: launchOptions('headless-shell') } },
    { name: 'browser', testMatch: FULL_BROWSER_TESTS, use: { launchOptions: launchOptions('browser') } },
  ],
  webServer: [
    {
      command: `npx astro preview --port ${SITE_PORT}`,
      url: `${SERVED_ORIGIN}/`,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `node tests/support/buildFixture.ts fallback --if-stale && npx sirv ${FALLBACK_DIR} --port ${FIXTURE_PORT} --quiet`,
      url: `http://localhost:${FIXTURE_PORT}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 300_000,
    },
    {
      // The site as an NGO would publish it: a release build for its own domain, under a sub-path.
      command: `node tests/support/buildFixture.ts subpath --if-stale && node tests/support/serveUnderBase.ts ${SUBPATH_DIR} ${SUBPATH_PORT} ${SUBPATH_BASE}`,
      url: `http://localhost:${SUBPATH_PORT}${SUBPATH_BASE}kk/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 300_000,
    },
    {
      // The content editor's own build, on an origin of its own, with its own headers.
      command: `node tools/build-editor.ts && node tests/support/serveEditor.ts dist-editor ${EDITOR_PORT}`,
      url: `${EDITOR_ORIGIN}/`,
      reuseExistingServer: !process.env['CI'],
      // SIGTERM, not the default SIGKILL: serveEditor.ts then stops wrangler, which runs in a
      // process group of its own and would otherwise outlive the suite.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
  ],
});
