import { parse, stringify } from 'yaml';
import { splitEntry } from '../data/contentModel.ts';

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

/** An MDX entry as the editor saves it: frontmatter, an empty line, the body, a final newline. */
export function formatMdxFile(text: string, file: string): string {
  const { data, body } = splitEntry(text, file);
  return `---\n${formatYaml(data)}\n---\n${body ? `\n${body}\n` : ''}`;
}

/** A YAML data file (a list of items) as the editor saves it. */
export function formatDataFile(text: string): string {
  return `${formatYaml(parse(text))}\n`;
}
