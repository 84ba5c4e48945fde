import { resolve } from 'node:path';

/**
 * Absolute path of the content folder. `CONTENT_DIR` points the build at another folder; the
 * tests use it to build small fixtures that prove bad input fails with a clear message.
 */
export const CONTENT_ROOT = resolve(process.env['CONTENT_DIR'] ?? 'content');
