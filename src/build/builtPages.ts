import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every HTML file under a build folder, as absolute or folder-joined paths. */
export function listHtmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export interface BuiltPage {
  /** The page's URL path, base included: `/sub/kk/help/`. */
  path: string;
  document: HTMLElement;
}

/**
 * Every page of a build folder that readers see, parsed, with the URL path it is served at. The
 * content editor's pages under `admin/` are an application with a policy of their own, checked by
 * tests/e2e/content-editor.spec.ts and tests/unit/cms/.
 */
export function builtPages(folder: string, base = '/'): BuiltPage[] {
  return listHtmlFiles(folder)
    .map((path) => relative(folder, path).split(sep).join('/'))
    .filter((file) => !file.split('/').includes('admin'))
    .map((file) => ({
      path: base + file.replace(/index\.html$/, ''),
      document: parse(readFileSync(join(folder, file), 'utf8')),
    }));
}
