import type { Locale } from '~/i18n/locales';

/**
 * Letters people replace when they type Kazakh on a Russian keyboard (қ → к, ү and ұ → у, і → и
 * or Latin i…). Folding both the query and the site's words with it makes them comparable.
 * Every letter maps to exactly one letter, so a folded word has the length of the original.
 */
const KAZAKH_FOLD: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  i: 'и',
};

/** British spellings the site uses, folded to their American twins (labour → labor). */
const ENGLISH_FOLD: [RegExp, string][] = [
  [/our(s|ed|ing|er|ers|ite|ites|able)?$/, 'or$1'],
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/tre(s)?$/, 'ter$1'],
  [/ogue(s)?$/, 'og$1'],
  [/ence(s)?$/, 'ense$1'],
  [/programme(s)?$/, 'program$1'],
  [/ll(ed|ing|or|ors|er|ers)$/, 'l$1'],
];

/** Signs readers type for Uzbek ʻ (oʻ, gʻ) and ʼ (tutuq belgisi): folded away entirely. */
export const UZBEK_APOSTROPHES = /['`‘’ʻʼ]/gu;

/**
 * A word in a form that ignores the differences readers do not type: letter case, Kazakh letters
 * typed on a Russian keyboard, ё written as е, Uzbek ʻ and ʼ typed as ' or left out, British or
 * American spelling.
 */
export function foldWord(lang: Locale, word: string): string {
  const lower = word.toLocaleLowerCase(lang);
  if (lang === 'kk') return [...lower].map((letter) => KAZAKH_FOLD[letter] ?? letter).join('');
  if (lang === 'ru') return lower.replaceAll('ё', 'е');
  if (lang === 'uz') return lower.replace(UZBEK_APOSTROPHES, '');
  return ENGLISH_FOLD.reduce((folded, [pattern, replacement]) => folded.replace(pattern, replacement), lower);
}
