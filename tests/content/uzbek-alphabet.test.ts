import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COLLECTIONS, readEntries } from '../../src/data/contentModel';
import { uz } from '../../src/i18n/ui/uz';

/*
 * Uzbek in the official Latin alphabet: oʻ and gʻ take U+02BB (ʻ), the tutuq belgisi takes
 * U+02BC (ʼ). A plain apostrophe, a backtick or a curly quote inside a word is a typing
 * shortcut that screen readers, search and sorting treat as punctuation.
 */
const WRONG_SIGN_IN_WORD = /\p{L}['`‘’]\p{L}/gu;
const TUTUQ_AFTER_O_OR_G = /[oOgG]ʼ/gu;
const TURNED_COMMA_ELSEWHERE = /(?<![oOgG])ʻ/gu;

/** Every problem in one Uzbek text, with a few letters of context. */
function problems(where: string, text: string): string[] {
  return [WRONG_SIGN_IN_WORD, TUTUQ_AFTER_O_OR_G, TURNED_COMMA_ELSEWHERE].flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => `${where}: «${text.slice(Math.max(0, match.index - 8), match.index + 8)}»`),
  );
}

/** The Uzbek texts of the site: UI strings, content files, uz lines of the data files. */
function uzbekTexts(): [string, string][] {
  const texts: [string, string][] = Object.entries(uz).map(([key, value]) => [`src/i18n/ui/uz.ts ${key}`, value]);
  for (const { path, data, body } of COLLECTIONS.flatMap((collection) => readEntries(collection, 'uz'))) {
    // Source titles are quoted in their own language; everything else is Uzbek.
    const { sources: _sources, ...fields } = data;
    texts.push([`${path} (frontmatter)`, JSON.stringify(fields)], [path, body]);
  }
  for (const data of ['hotlines.yaml', 'glossary.yaml']) {
    readFileSync(join('content', data), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (/^\s+uz:/.test(line)) texts.push([`content/${data}:${index + 1}`, line]);
      });
  }
  for (const term of parse(readFileSync('content/terms/uz.yaml', 'utf8')) as { preferred: string; note?: string }[])
    texts.push([`content/terms/uz.yaml ${term.preferred}`, `${term.preferred} ${term.note ?? ''}`]);
  return texts;
}

describe('Uzbek texts', () => {
  it('are found: UI strings, content, help lines and terms', () => {
    const where = uzbekTexts().map(([place]) => place);
    expect(where.some((place) => place.startsWith('src/i18n/ui/uz.ts'))).toBe(true);
    expect(where.some((place) => place.startsWith('content/explainers/uz/'))).toBe(true);
    expect(where.some((place) => place.startsWith('content/hotlines.yaml'))).toBe(true);
  });

  it("use ʻ (U+02BB) and ʼ (U+02BC), never ' ` ‘ ’ inside a word", () => {
    expect(uzbekTexts().flatMap(([where, text]) => problems(where, text))).toEqual([]);
  });

  it('reject the wrong signs (the check itself)', () => {
    expect(problems('sample', "qo'ng'iroq, o`zbek, bo‘lsa")).toHaveLength(4);
    expect(problems('sample', 'goʼzal, maʻlumot')).toHaveLength(2);
    expect(problems('sample', 'qoʻngʻiroq, maʼlumot, «Bu» deydi')).toEqual([]);
  });
});
