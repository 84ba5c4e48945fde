import { SUBPATH_BASE, SUBPATH_CONTACT, SUBPATH_DIR, SUBPATH_PUBLISHER_KK, SUBPATH_SITE } from './subpathSite.ts';

const SHARED_SOURCES = ['src', 'public', 'astro.config.mjs', 'package-lock.json'];

/** The fixture builds: where each goes, how it is configured, and what it is built from. */
export const FIXTURE_SITES = {
  fallback: {
    outDir: 'dist-fixtures/fallback',
    env: {
      CONTENT_DIR: 'tests/fixtures/small-site',
      OUT_DIR: 'dist-fixtures/fallback',
      ASTRO_CACHE_DIR: 'node_modules/.astro-fallback',
    },
    sources: [...SHARED_SOURCES, 'tests/fixtures/small-site'],
  },
  subpath: {
    outDir: SUBPATH_DIR,
    env: {
      RELEASE: '1',
      SITE_URL: SUBPATH_SITE,
      CORRECTIONS_CONTACT: SUBPATH_CONTACT,
      PUBLISHER_NAME_KK: SUBPATH_PUBLISHER_KK,
      BASE_PATH: SUBPATH_BASE,
      OUT_DIR: SUBPATH_DIR,
      ASTRO_CACHE_DIR: 'node_modules/.astro-subpath',
    },
    sources: [...SHARED_SOURCES, 'content'],
  },
} as const;

export type FixtureName = keyof typeof FIXTURE_SITES;

/** Where the fallback fixture is built. */
export const FALLBACK_DIR = FIXTURE_SITES.fallback.outDir;
