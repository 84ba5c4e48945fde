import type { Locale } from '~/i18n/locales';
import { foldWord } from '~/search/query/foldWord';
import { stripKazakhSuffixes } from '~/search/query/stripKazakhSuffixes';

/** At most this many query strings are sent to Pagefind for one query. */
export const MAX_ALTERNATIVES = 6;

/** Words of the site whose folded form differs from the word (built by the Pagefind integration). */
export interface Vocabulary {
  lang: Locale;
  words: readonly string[];
}

/** Spellings of one query word that the site's index may hold. */
function wordAlternatives(word: string, vocabulary: Vocabulary): string[] {
  const { lang, words } = vocabulary;
  const typed = word.toLocaleLowerCase(lang);
  const folded = foldWord(lang, typed);
  if (lang === 'kk') {
    // Strip on the folded form; folding keeps length, so the same slice of what was typed is its stem.
    const stem = stripKazakhSuffixes(folded);
    const prefixes = words
      .filter((known) => foldWord(lang, known).startsWith(stem))
      .map((known) => known.slice(0, stem.length));
    return unique([typed.slice(0, stem.length), ...prefixes]);
  }
  if (lang === 'ru') {
    // Restore ё where a site word with ё agrees with the typed word up to its last ё.
    const restored = words
      .map((known) => ({ known, upTo: known.lastIndexOf('ё') + 1 }))
      .filter(({ known, upTo }) => typed.length >= upTo && folded.startsWith(foldWord(lang, known.slice(0, upTo))))
      .map(({ known, upTo }) => known.slice(0, upTo) + typed.slice(upTo));
    return unique([typed, ...restored]);
  }
  return unique([typed, ...words.filter((known) => foldWord(lang, known) === folded)]);
}

function unique(items: string[]): string[] {
  return [...new Set(items.filter(Boolean))];
}

/**
 * The query strings to run for what a reader typed, best guess first: Kazakh words reduced to
 * stems and mapped back to the site's spelling (балалардын, Жургенбаеванын → бала, Жүргенбаева),
 * ё restored in Russian, British and American spellings matched in English.
 */
export function expandQuery(query: string, vocabulary: Vocabulary): string[] {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return [];
  let combinations: string[][] = [[]];
  for (const word of words) {
    const alternatives = wordAlternatives(word, vocabulary);
    combinations = combinations
      .flatMap((prefix) => alternatives.map((alternative) => [...prefix, alternative]))
      .slice(0, MAX_ALTERNATIVES);
  }
  return unique(combinations.map((combination) => combination.join(' ')));
}
