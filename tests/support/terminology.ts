import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { COLLECTIONS, listEntrySlugs } from '../../src/data/contentModel';
import { termsFileSchema, type TermEntry } from '../../src/schemas/terms';
import { findAvoidedTerms } from '../../src/utils/findAvoidedTerms';

/** A piece of text to check, and the line of its file where it starts. */
interface TextUnit {
  file: string;
  firstLine: number;
  text: string;
}

/**
 * Reads `<dir>/<lang>.yaml` for every language that has one (so a new language needs only a
 * new file) and checks each with the zod schema. A bad file throws, naming the file and field.
 */
export function readTermsFiles(dir = 'content/terms'): Map<string, TermEntry[]> {
  const files = readdirSync(dir).filter((file) => /^[a-z]{2,3}\.yaml$/.test(file));
  return new Map(
    files.map((file) => {
      const path = join(dir, file);
      const result = termsFileSchema.safeParse(parseDocument(readFileSync(path, 'utf8')).toJS());
      if (!result.success) {
        const problems = result.error.issues.map(
          (issue) => `${path}: ${issue.path.join('.') || '(file)'}: ${issue.message}`,
        );
        throw new Error(problems.join('\n'));
      }
      return [file.replace(/\.yaml$/, ''), result.data];
    }),
  );
}

/** Every published entry of every collection in one language, frontmatter and body. */
function mdxUnits(lang: string): TextUnit[] {
  return COLLECTIONS.flatMap((collection) =>
    listEntrySlugs(collection, lang).map((slug) => {
      const file = join('content', collection.folder, lang, `${slug}.mdx`);
      return { file, firstLine: 1, text: readFileSync(file, 'utf8') };
    }),
  );
}

/** Every string under a `<lang>:` key of a YAML data file (`name.en`, `en.term`, `en.definition`). */
function yamlUnits(file: string, lang: string): TextUnit[] {
  if (!existsSync(file)) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
  const units: TextUnit[] = [];
  const add = (node: unknown) => {
    if (isScalar(node) && typeof node.value === 'string' && node.range)
      units.push({ file, firstLine: lineCounter.linePos(node.range[0]).line, text: node.value });
  };
  visit(document, {
    Pair(_key, pair) {
      if (!isScalar(pair.key) || pair.key.value !== lang) return undefined;
      add(pair.value);
      if (isMap(pair.value)) for (const item of pair.value.items) add(item.value);
      return visit.SKIP;
    },
  });
  return units;
}

/** The string values of `src/i18n/ui/<lang>.ts`, line by line (the key at the start of a line is left out). */
function dictionaryUnits(lang: string): TextUnit[] {
  const file = `src/i18n/ui/${lang}.ts`;
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      if (/^\s*(\/\/|\/\*|\*)/.test(line)) return [];
      const literals = [...line.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map(
        (match) => match[1] ?? match[2] ?? '',
      );
      const values = /^\s*['"][\w.-]+['"]\s*:/.test(line) ? literals.slice(1) : literals;
      return values.map((text) => ({ file, firstLine: index + 1, text }));
    });
}

/** Every text of one language that the terminology check reads. */
export function textsInLanguage(lang: string): TextUnit[] {
  return [
    ...mdxUnits(lang),
    ...yamlUnits('content/hotlines.yaml', lang),
    ...yamlUnits('content/glossary.yaml', lang),
    ...dictionaryUnits(lang),
  ];
}

/** Each avoided form in one language's texts, as `file:line: "<found>" → use "<preferred>"`. */
export function listAvoidedTerms(lang: string, terms: readonly TermEntry[]): string[] {
  return textsInLanguage(lang).flatMap((unit) =>
    findAvoidedTerms(unit.text, terms).map(
      (hit) => `${unit.file}:${unit.firstLine + hit.line - 1}: "${hit.found}" → use "${hit.preferred}"`,
    ),
  );
}
