import { rulesFor } from '~/search/query/languageRules';

/**
 * A word in a form that ignores the differences readers do not type: letter case, Kazakh letters
 * typed on a Russian keyboard (қ → к, ү and ұ → у, і → и), ё written as е, British or American
 * spelling. Letter folds map one letter to one letter, so a Kazakh or Russian folded word keeps
 * the length of the original and slices of the two line up.
 */
export function foldWord(lang: string, word: string): string {
  const { letters, spellings = [] } = rulesFor(lang);
  const lower = word.toLocaleLowerCase(lang);
  const folded = letters ? [...lower].map((letter) => letters[letter] ?? letter).join('') : lower;
  return spellings.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), folded);
}
