import {
  expandQuery,
  meaningfulWords,
  queryStems,
  queryWords,
  readLatin,
  readOtherScript,
} from '~/search/query/expandQuery';
import { rankResults, type Hit, type PageSummary } from '~/search/query/rankResults';
import type { Vocabulary } from '~/search/query/vocabulary';

/** Pagefind's search, as far as finding pages needs it (the browser passes Pagefind's own). */
export type SearchFunction<T extends Hit> = (text: string) => Promise<{ results: T[] }>;

/**
 * Runs each alternative and merges the results: a page keeps its best score, each score weighed by
 * its alternative (a synonym's counts for less).
 */
async function searchAlternatives<T extends Hit>(search: SearchFunction<T>, query: string, vocabulary: Vocabulary) {
  const alternatives = expandQuery(query, vocabulary);
  const responses = await Promise.all(alternatives.map(({ text }) => search(text)));
  const best = new Map<string, T>();
  responses.forEach((response, index) => {
    const weight = alternatives[index]?.weight ?? 1;
    for (const result of response.results) {
      const score = result.score * weight;
      const known = best.get(result.id);
      if (!known || known.score < score) best.set(result.id, { ...result, score });
    }
  });
  return best;
}

/**
 * A page found word by word: the sum of its scores for the words it holds (as Pagefind's own score
 * for several words roughly is), times the share of the query's words it holds.
 */
function scoreByWords<T extends Hit>(perWord: readonly Map<string, T>[]): Map<string, T> {
  const held = new Map<string, { hit: T; total: number; words: number }>();
  for (const results of perWord) {
    for (const [id, hit] of results) {
      const known = held.get(id);
      held.set(id, { hit, total: (known?.total ?? 0) + hit.score, words: (known?.words ?? 0) + 1 });
    }
  }
  const count = perWord.length;
  return new Map([...held].map(([id, { hit, total, words }]) => [id, { ...hit, score: total * (words / count) }]));
}

/**
 * The pages for what a reader typed, best first. Every alternative of the query runs (see
 * expandQuery). Pagefind wants every word on a page, and one weak page holding them all must not
 * hide better ones that hold most of them: so each word of a longer query is also searched alone
 * (scoreByWords), and a page keeps the better of its two scores. Then the ranking (rankResults).
 */
export async function findPages<T extends Hit>(
  search: SearchFunction<T>,
  query: string,
  vocabulary: Vocabulary,
  pages: Readonly<Record<string, PageSummary>>,
): Promise<T[]> {
  const best = await searchAlternatives(search, query, vocabulary);
  const words = meaningfulWords(query, vocabulary);
  if (words.length > 1) {
    const perWord = await Promise.all(words.map((word) => searchAlternatives(search, word, vocabulary)));
    for (const [id, hit] of scoreByWords(perWord)) {
      const known = best.get(id);
      if (!known || known.score < hit.score) best.set(id, hit);
    }
  }
  const { lang } = vocabulary;
  const typed = readOtherScript(queryWords(query, lang), vocabulary).map((word) => readLatin(word, vocabulary));
  return rankResults(best.values(), pages, { lang, stems: queryStems(query, vocabulary), typed });
}
