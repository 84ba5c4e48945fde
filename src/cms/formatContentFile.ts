import { parse, stringify } from 'yaml';

/**
 * The YAML the content editor writes (Sveltia CMS with `output.yaml.quote: double`): two-space
 * indent, indented lists, no line folding, every string in double quotes. Files kept in this
 * form come back from the editor byte-identical, and an edit changes only the edited lines.
 */
export function formatYaml(value: unknown): string {
  return stringify(value, {
    indent: 2,
    indentSeq: true,
    lineWidth: 0,
    defaultKeyType: 'PLAIN',
    defaultStringType: 'QUOTE_DOUBLE',
    singleQuote: false,
  }).trim();
}

/** Splits an MDX file into its frontmatter (parsed) and its body (as written). */
export function splitFrontmatter(text: string, file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter between --- lines at the top`);
  return { data: parse(match[1] ?? '') as Record<string, unknown>, body: text.slice(match[0].length).trim() };
}

/** An MDX entry as the editor saves it: frontmatter, an empty line, the body, a final newline. */
export function formatMdxFile(text: string, file: string): string {
  const { data, body } = splitFrontmatter(text, file);
  return `---\n${formatYaml(data)}\n---\n${body ? `\n${body}\n` : ''}`;
}

/** A YAML data file (a list of items) as the editor saves it. */
export function formatDataFile(text: string): string {
  return `${formatYaml(parse(text))}\n`;
}
