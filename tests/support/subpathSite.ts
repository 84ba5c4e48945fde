/** Where the sub-path fixture build believes it lives (see playwright.config.ts). */
export const SUBPATH_SITE = 'https://ngo.example.org';
export const SUBPATH_BASE = '/campaigns/child-safety/';
export const SUBPATH_DIR = 'dist-fixtures/subpath';
