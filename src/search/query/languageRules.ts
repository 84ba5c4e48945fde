import { en } from '~/search/query/languages/en';
import { kk } from '~/search/query/languages/kk';
import { ru } from '~/search/query/languages/ru';
import { uz } from '~/search/query/languages/uz';

/** An inflectional ending, in folded spelling, and what the stem before it must end with. */
export interface SuffixRule {
  suffixes: readonly string[];
  /** The stem's last letter must match (Kazakh endings follow the sound before them). */
  after?: RegExp;
}

/**
 * Everything the query side knows about one language. Every field is optional: a language with
 * no rules (a new locale) is searched as typed, lower-cased, and still works.
 */
export interface LanguageRules {
  /** The language writes an apostrophe-like sign inside words (Uzbek oʻ, gʻ): a typed ' stays in the word. */
  apostrophesInWords?: boolean;
  /** Pagefind stems this language itself (ru, en): the word as typed is searched too. */
  pagefindStems?: boolean;
  /** Letters folded to the one a reader may type instead (Kazakh қ → к); one letter to one. */
  letters?: Readonly<Record<string, string>>;
  /** Whole-word spelling folds (British → American), applied after the letters. */
  spellings?: readonly (readonly [RegExp, string])[];
  /** Inflectional endings, stripped (guarded by the site's vocabulary) to reach other forms. */
  suffixes?: readonly SuffixRule[];
  /** A consonant voiced before a vowel-initial ending (құпиялылық → құпиялылығы), dropped after a strip. */
  voicedFinal?: RegExp;
  /** Question and stop words, dropped from a query unless nothing else is left. */
  stopWords?: readonly string[];
  /** Latin letters and letter groups, longest first, to the folded Cyrillic letters they may stand for. */
  latin?: Readonly<Record<string, readonly string[]>>;
  /**
   * Another script readers type the language in, read into the site's (Uzbek Cyrillic → Latin):
   * `pattern` tells a word in that script, `read` gives its one reading.
   */
  otherScript?: { pattern: RegExp; read: (word: string) => string };
  /** Groups of words and phrases that mean the same on this site; each adds the others as alternatives. */
  synonyms?: readonly (readonly string[])[];
  /** Starts of words that make a query about teaching (урок, сабақ, lesson…): lessons then rank first. */
  teachingWords?: readonly string[];
}

/** Per-language rules, keyed by locale. */
export const LANGUAGE_RULES: Readonly<Record<string, LanguageRules>> = { kk, ru, en, uz };

/** The rules for a language, or none. */
export function rulesFor(lang: string): LanguageRules {
  return LANGUAGE_RULES[lang] ?? {};
}
