import { foldWord } from '~/search/query/foldWord';
import { rulesFor } from '~/search/query/languageRules';
import { MIN_STEM_LENGTH, stemWord } from '~/search/query/stemWord';
import { isLatin, transliterate } from '~/search/query/transliterate';
import { Vocabulary } from '~/search/query/vocabulary';

/** At most this many query strings are sent to Pagefind for one query. */
export const MAX_ALTERNATIVES = 6;
/** Spellings kept for one word. */
const MAX_WORD_ALTERNATIVES = 3;

/** The words of a query, lower-cased, without punctuation. */
export function queryWords(query: string, lang: string): string[] {
  // An apostrophe stays inside a word only where the language reads it (Russian in Latin: ' for ь;
  // Uzbek oʻ and gʻ typed with any of these signs).
  const rules = rulesFor(lang);
  const apostrophe = rules.apostrophesInWords ? "'`‘’" : rules.latin?.["'"] ? "'" : '';
  return (
    query
      .toLocaleLowerCase(lang)
      .replace(/['’]s\b/g, '')
      .match(new RegExp(`[\\p{L}\\p{N}${apostrophe}]+`, 'gu')) ?? []
  )
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/**
 * The query without its question and stop words («куда звонить» → звонить, "how do I report it"
 * → report), unless nothing else would be left.
 */
export function removeStopWords(words: readonly string[], lang: string): string[] {
  const { stopWords = [] } = rulesFor(lang);
  const stops = new Set(stopWords.map((word) => foldWord(lang, word)));
  const kept = words.filter((word) => !stops.has(foldWord(lang, word)));
  return kept.length > 0 ? kept : [...words];
}

/** A query word matches a synonym's word when it starts with that word's stem (телефона, телефонына for телефон). */
function matchesWord(word: string, memberStem: string): boolean {
  return word === memberStem || (memberStem.length >= MIN_STEM_LENGTH && word.startsWith(memberStem));
}

/**
 * Other phrasings of a query from the language's synonym groups: the first group member found in
 * the query (as whole words, each query word inflected or not: «сенім телефонына», «телефона
 * доверия») is replaced by each other member. The query itself is not among them.
 */
export function synonymsOf(words: readonly string[], lang: string, vocabulary = new Vocabulary(lang, [])): string[][] {
  const rules = rulesFor(lang);
  const stemsOf = (text: string) =>
    queryWords(text, lang).map((word) => stemWord(foldWord(lang, word), rules, vocabulary));
  const folded = words.map((word) => foldWord(lang, word));
  const found: string[][] = [];
  for (const group of rules.synonyms ?? []) {
    for (const member of group) {
      const phrase = stemsOf(member);
      const at = folded.findIndex((_, start) =>
        phrase.every((stem, offset) => matchesWord(folded[start + offset] ?? '', stem)),
      );
      if (at < 0) continue;
      for (const other of group) {
        if (other !== member)
          found.push([...words.slice(0, at), ...queryWords(other, lang), ...words.slice(at + phrase.length)]);
      }
      break;
    }
  }
  return found;
}

/**
 * The words of a query typed in the language's other script (Uzbek in Cyrillic), read in the
 * site's, unless the site's own text reads them better as typed: on an Uzbek page shown in
 * Russian, «вербовка в интернете» is Russian. The Latin reading wins when a word has a letter only
 * the language has (ў, қ, ғ, ҳ), or when at least as many of its words reach the site's words.
 */
export function readOtherScript(words: readonly string[], vocabulary: Vocabulary): string[] {
  const { lang } = vocabulary;
  const rules = rulesFor(lang);
  const script = rules.otherScript;
  if (!script || !words.some((word) => script.pattern.test(word))) return [...words];
  const read = words.map((word) => (script.pattern.test(word) ? script.read(word) : word));
  const reaches = (word: string) => vocabulary.countStartingWith(stemWord(foldWord(lang, word), rules, vocabulary)) > 0;
  const ownLetters = words.some((word) => /[ўқғҳ]/u.test(word.toLocaleLowerCase(lang)));
  const asRead = read.filter((word, index) => script.pattern.test(words[index] ?? '') && reaches(word)).length;
  const asTyped = words.filter((word) => script.pattern.test(word) && reaches(word)).length;
  return ownLetters || asRead >= asTyped ? read : [...words];
}

/**
 * A Latin-typed word read in the language's own letters (komek → көмек's folded form), the first
 * reading whose stem the site's vocabulary knows; the word itself when none is known.
 */
export function readLatin(word: string, vocabulary: Vocabulary): string {
  const rules = rulesFor(vocabulary.lang);
  if (!rules.latin || !isLatin(word)) return word;
  const startsAWord = (start: string) => vocabulary.countStartingWith(foldWord(vocabulary.lang, start)) > 0;
  const readings = transliterate(word, rules.latin, startsAWord).map((reading) => foldWord(vocabulary.lang, reading));
  return readings.find((reading) => vocabulary.countStartingWith(stemWord(reading, rules, vocabulary)) > 0) ?? word;
}

/** Spellings of one query word that the site's index may hold, best guess first. */
export function wordAlternatives(word: string, vocabulary: Vocabulary): string[] {
  const { lang } = vocabulary;
  const folded = foldWord(lang, word);
  const stem = stemWord(folded, rulesFor(lang), vocabulary);
  // An unstripped word keeps its exact site spellings (labor → labour); a stem, their starts.
  const exact = stem === folded ? vocabulary.spellingsOfWord(folded) : [];
  const spellings = exact.length > 0 ? exact : vocabulary.spellingsOf(stem);
  const rules = rulesFor(lang);
  // What was typed comes first where Pagefind stems the language itself and the word was stripped.
  const typed = rules.pagefindStems && stem !== folded ? [word] : [];
  return unique([...typed, ...(spellings.length > 0 ? spellings : [word])]).slice(0, MAX_WORD_ALTERNATIVES);
}

function unique(items: string[]): string[] {
  return [...new Set(items.filter(Boolean))];
}

/**
 * Combinations of the words' alternatives, best guesses first (fewest steps down the words' lists
 * of alternatives), up to `limit`: every word gets the chance to try its second spelling, not only
 * the last ones. Keeping the `limit` best at each word keeps the `limit` best overall.
 */
function combine(words: readonly string[], vocabulary: Vocabulary, limit: number): string[] {
  let combinations: { words: string[]; steps: number }[] = [{ words: [], steps: 0 }];
  for (const word of words) {
    const alternatives = wordAlternatives(word, vocabulary);
    combinations = combinations
      .flatMap(({ words: prefix, steps }) =>
        alternatives.map((alternative, index) => ({ words: [...prefix, alternative], steps: steps + index })),
      )
      .sort((a, b) => a.steps - b.steps)
      .slice(0, limit);
  }
  return combinations.map((combination) => combination.words.join(' '));
}

/**
 * The query's own words, in the site's script (Latin read as Kazakh or Russian Cyrillic, Uzbek
 * Cyrillic as Latin) and without question words, before any expansion.
 */
export function meaningfulWords(query: string, vocabulary: Vocabulary): string[] {
  const { lang } = vocabulary;
  return removeStopWords(
    readOtherScript(queryWords(query, lang), vocabulary).map((word) => readLatin(word, vocabulary)),
    lang,
  );
}

/** The folded stems of the query's words (what a title must hold to rank its page first). */
export function queryStems(query: string, vocabulary: Vocabulary): string[] {
  const rules = rulesFor(vocabulary.lang);
  return meaningfulWords(query, vocabulary).map((word) => stemWord(foldWord(vocabulary.lang, word), rules, vocabulary));
}

/** How much a page found only through a synonym counts, against one found by the query's own words. */
export const SYNONYM_WEIGHT = 0.6;

/** One query string for Pagefind, and how much the pages it finds count. */
export interface Alternative {
  text: string;
  weight: number;
}

/**
 * The query strings to run for what a reader typed, best guess first: question words dropped;
 * Latin-typed Kazakh and Russian read in Cyrillic, Uzbek Cyrillic in Latin; words reduced to stems
 * the site's vocabulary confirms and mapped back to the site's spelling (балалардын,
 * Жургенбаеванын → бала, Жүргенбаева; Кошелековой → кошелеков; qongiroq → qoʻngʻiroq); ё
 * restored in Russian; British and American spellings matched; then the same for each synonym of
 * a phrase in the query, as extra alternatives that count for less (SYNONYM_WEIGHT).
 */
export function expandQuery(query: string, vocabulary: Vocabulary): Alternative[] {
  const { lang } = vocabulary;
  const words = meaningfulWords(query, vocabulary);
  if (words.length === 0) return [];
  const main = combine(words, vocabulary, MAX_ALTERNATIVES);
  const synonyms = synonymsOf(words, lang, vocabulary).flatMap((phrasing) => combine(phrasing, vocabulary, 1));
  // Keep room for the synonyms: they come after the query's own forms, never instead of all of them.
  const room = Math.max(MAX_ALTERNATIVES - synonyms.length, Math.ceil(MAX_ALTERNATIVES / 2));
  const own = unique(main.slice(0, room));
  const alternatives = [
    ...own.map((text) => ({ text, weight: 1 })),
    ...unique(synonyms)
      .filter((text) => !own.includes(text))
      .map((text) => ({ text, weight: SYNONYM_WEIGHT })),
  ];
  return alternatives.slice(0, MAX_ALTERNATIVES);
}
