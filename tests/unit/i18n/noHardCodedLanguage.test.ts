import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locales';

/*
 * Components, layouts and routes take their language from the page (or DEFAULT_LOCALE and
 * LOCALE_INFO), never from a quoted code: a quoted 'kk' is a rule that a new language or a new
 * default would silently miss.
 */
const FOLDERS = ['src/components', 'src/layouts', 'src/pages', 'src/search/components'];
const QUOTED_CODE = new RegExp(`['"\`](${LOCALES.join('|')})(-[A-Za-z]+)?['"\`]`, 'g');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(astro|ts)$/.test(file))
    .map((file) => join(folder, file));
}

describe('no component, layout or route names a language in quotes', () => {
  it.each(FOLDERS)('%s', (folder) => {
    const found = sourceFiles(folder).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => [...line.matchAll(QUOTED_CODE)].map((match) => `${file}:${index + 1}: ${match[0]}`)),
    );
    expect(found).toEqual([]);
  });
});
