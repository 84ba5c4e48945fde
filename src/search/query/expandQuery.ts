import type { Locale } from '~/i18n/locales';
import { foldWord, UZBEK_APOSTROPHES } from '~/search/query/foldWord';
import { stripKazakhSuffixes } from '~/search/query/stripKazakhSuffixes';
import { stripUzbekSuffixes } from '~/search/query/stripUzbekSuffixes';

/** At most this many query strings are sent to Pagefind for one query. */
export const MAX_ALTERNATIVES = 6;

/** Words of the site whose folded form differs from the word (built by the Pagefind integration). */
export interface Vocabulary {
  lang: Locale;
  words: readonly string[];
}

/** Languages without a Pagefind stemmer: their words are reduced to stems searched as prefixes. */
const STEMMERS: Partial<Record<Locale, (folded: string) => string>> = {
  kk: stripKazakhSuffixes,
  uz: stripUzbekSuffixes,
};

/** What a reader typed, made ready to split into words (an apostrophe inside an Uzbek word is a letter). */
const NORMALIZERS: Partial<Record<Locale, (query: string) => string>> = {
  uz: (query) => query.replace(new RegExp(`(?<=\\p{L})${UZBEK_APOSTROPHES.source}(?=\\p{L})`, 'gu'), 'ʻ'),
};

/** The shortest start of `word` whose folded form is `length` letters long. */
function prefixFolding(lang: Locale, word: string, length: number): string {
  let folded = 0;
  let end = 0;
  for (const letter of word) {
    if (folded >= length) break;
    folded += foldWord(lang, letter).length;
    end += letter.length;
  }
  return word.slice(0, end);
}

/** Spellings of one query word that the site's index may hold. */
function wordAlternatives(word: string, vocabulary: Vocabulary): string[] {
  const { lang, words } = vocabulary;
  const typed = word.toLocaleLowerCase(lang);
  const folded = foldWord(lang, typed);
  const stemmer = STEMMERS[lang];
  if (stemmer) {
    // Strip on the folded form, then take the start of each spelling that folds to the stem.
    const stem = stemmer(folded);
    const prefixes = words
      .filter((known) => foldWord(lang, known).startsWith(stem))
      .map((known) => prefixFolding(lang, known, stem.length));
    return unique([prefixFolding(lang, typed, stem.length), ...prefixes]);
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
 * ё restored in Russian, British and American spellings matched in English, Uzbek words typed
 * with ' or without ʻ mapped to the site's spelling and reduced to stems (qongiroqlar → qoʻngʻiroq).
 */
export function expandQuery(query: string, vocabulary: Vocabulary): string[] {
  const normalize = NORMALIZERS[vocabulary.lang] ?? ((text: string) => text);
  const words = normalize(query).match(/[\p{L}\p{N}]+/gu) ?? [];
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
