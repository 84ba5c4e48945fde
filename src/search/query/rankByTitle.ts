import { foldWord } from '~/search/query/foldWord';

/** How much a title holding every query word multiplies a page's score. */
export const TITLE_WEIGHT = 1;
/** How much more when the query covers the whole head of the title (before a colon or dash). */
export const HEAD_WEIGHT = 1.5;

const wordsOf = (text: string, lang: string) =>
  (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => foldWord(lang, word));

/**
 * The factor a page's score is multiplied by for its title: 1, plus TITLE_WEIGHT times the share
 * of the query's stems that begin a word of the title, plus HEAD_WEIGHT times the share of the
 * title's head (the part before a colon or dash: a person's name in a story, the topic in an
 * explainer) that the query covers, question words included («кто такие общественные защитники»
 * is the lesson's whole title). Pagefind's own title weight is not enough on this site: a list
 * page that names every story outranked a story for its person's name.
 */
export function titleFactor(title: string, stems: readonly string[], typed: readonly string[], lang: string): number {
  if (stems.length === 0 || title === '') return 1;
  const words = wordsOf(title, lang);
  const found = stems.filter((stem) => words.some((word) => word.startsWith(stem))).length;
  return 1 + (TITLE_WEIGHT * found) / stems.length + HEAD_WEIGHT * headCovered(title, stems, typed, lang);
}

/** The share of a title's head (before a colon or dash) that the query covers, question words included. */
export function headCovered(title: string, stems: readonly string[], typed: readonly string[], lang: string): number {
  const head = wordsOf(title.split(/[:—–]/)[0] ?? '', lang);
  const typedWords = new Set(typed.map((word) => foldWord(lang, word)));
  const covered = head.filter((word) => typedWords.has(word) || stems.some((stem) => word.startsWith(stem))).length;
  return covered / Math.max(head.length, 1);
}

/**
 * The factor for a page that defines terms (the glossary): a query that names one of them in full
 * («grooming», «торговля людьми») ranks the page as if the term were its title; a query that only
 * shares a word with a term («organization» and "non-governmental organisation") does not.
 */
export function termFactor(terms: readonly string[], stems: readonly string[], typed: readonly string[], lang: string) {
  let best = 1;
  for (const term of terms) {
    const words = wordsOf(term, lang);
    const typedWords = new Set(typed.map((word) => foldWord(lang, word)));
    const covered = words.every((word) => typedWords.has(word) || stems.some((stem) => word.startsWith(stem)));
    if (words.length > 0 && covered) best = Math.max(best, titleFactor(term, stems, typed, lang));
  }
  return best;
}
