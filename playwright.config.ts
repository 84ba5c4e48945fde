import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './tests/support/chromiumExecutable';

/**
 * Browser tests run against the built site (`npm run build` first), served by `astro preview`,
 * plus a small fixture site built from `tests/fixtures/small-site` (missing translations).
 */
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: './tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: 'http://localhost:4321',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  webServer: [
    {
      command: 'npx astro preview --port 4321',
      url: 'http://localhost:4321/',
      reuseExistingServer: !process.env['CI'],
    },
    {
      command:
        'CONTENT_DIR=tests/fixtures/small-site OUT_DIR=dist-fixtures/fallback ASTRO_CACHE_DIR=node_modules/.astro-fallback npx astro build && npx sirv dist-fixtures/fallback --port 4322 --quiet',
      url: 'http://localhost:4322/',
      reuseExistingServer: !process.env['CI'],
      timeout: 120_000,
    },
  ],
});
