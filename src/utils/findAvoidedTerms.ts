import type { TermEntry } from '~/schemas/terms';

/** One avoided form found in a text: where, what exactly, and what to write instead. */
export interface AvoidedTermHit {
  /** 1-based line within the text. */
  line: number;
  /** The text as found, including the rest of the word in prefix mode (`опекуна`). */
  found: string;
  preferred: string;
  concept: string;
}

// A word character in any script. JavaScript's `\b` only knows ASCII letters, so it would see a
// word boundary inside every Cyrillic word; Unicode letter, mark and number classes do not.
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;

function escapeForPattern(form: string): string {
  return form
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`)
    .replace(/\s+/g, String.raw`\s+`);
}

/** The pattern for one avoided form: it starts a word and, unless `wholeWord`, may be followed by more letters. */
function patternFor(form: string, wholeWord: boolean): RegExp {
  const end = wholeWord ? `(?!${WORD_CHAR})` : `${WORD_CHAR}*`;
  return new RegExp(`(?<!${WORD_CHAR})${escapeForPattern(form)}${end}`, 'giu');
}

/**
 * Every avoided form of `terms` that occurs in `text`, in order of position. Matching is
 * case-insensitive and starts at a word boundary (in any script); see `TermEntry`.
 */
export function findAvoidedTerms(text: string, terms: readonly TermEntry[]): AvoidedTermHit[] {
  const hits: (AvoidedTermHit & { index: number })[] = [];
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const lineOf = (index: number) => lineStarts.findLastIndex((start) => start <= index) + 1;
  for (const term of terms) {
    for (const form of term.avoid) {
      for (const match of text.matchAll(patternFor(form, term.wholeWord))) {
        hits.push({
          index: match.index,
          line: lineOf(match.index),
          found: match[0],
          preferred: term.preferred,
          concept: term.concept,
        });
      }
    }
  }
  return hits.sort((a, b) => a.index - b.index).map(({ index: _index, ...hit }) => hit);
}
