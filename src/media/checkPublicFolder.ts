import { readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

/**
 * Files a browser may run or render as a document with the site's origin: pages, scripts,
 * styles, SVG and XML (which can carry script), WebAssembly, PDF and Flash. `public/` is copied to
 * the site unchanged, past every check, so none of these may be there unless it is listed below.
 */
const ACTIVE_EXTENSIONS = new Set([
  '.html',
  '.htm',
  '.xhtml',
  '.xht',
  '.shtml',
  '.svg',
  '.svgz',
  '.xml',
  '.xsl',
  '.xslt',
  '.js',
  '.mjs',
  '.cjs',
  '.css',
  '.wasm',
  '.swf',
  '.pdf',
]);

/** The site's own files of those kinds, reviewed like code: a new one is added here, on purpose. */
export const KNOWN_PUBLIC_FILES = new Set(['favicon.svg']);

/**
 * The files under `publicDir` that could run or render with the site's origin and are not the
 * site's own known files, as paths relative to the project (`public/uploads/logo.svg`).
 */
export function findActivePublicFiles(publicDir: string, projectRoot: string): string[] {
  let entries;
  try {
    entries = readdirSync(publicDir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => {
      const inPublic = relative(publicDir, path).split(sep).join('/');
      return ACTIVE_EXTENSIONS.has(extname(path).toLowerCase()) && !KNOWN_PUBLIC_FILES.has(inPublic);
    })
    .map((path) => relative(projectRoot, path).split(sep).join('/'))
    .sort();
}
