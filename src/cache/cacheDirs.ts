import { join } from 'node:path';

/**
 * Astro's cache folder: node_modules/.astro, unless ASTRO_CACHE_DIR names another (tests build
 * with a cache of their own). Relative to the project root, where every build here starts.
 */
export const ASTRO_CACHE_DIR = process.env['ASTRO_CACHE_DIR'] ?? './node_modules/.astro';

/**
 * Drawn share images and poster files, kept between builds (renderCache.ts). Inside Astro's
 * folder so that a host keeping Astro's cache keeps these too (Cloudflare Pages keeps
 * node_modules/.astro for Astro projects); safe to delete, never part of dist/.
 */
export const RENDER_CACHE_DIR = join(ASTRO_CACHE_DIR, 'renders');
