/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit and content tests run through Astro's Vite config, so `astro/zod` and env work as in the build. */
export default getViteConfig({
  test: {
    // tests/gates read the built folders: `npm run test:built` runs them after the builds.
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/gates/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
