import type { LanguageRules } from '~/search/query/languageRules';

/** Cyrillic vowels: Uzbek е is ye after one (and after ъ, ь), ц is ts after one. */
const CYRILLIC_VOWEL = /[аеёиоуўэюяы]/u;

/**
 * The official Uzbek Cyrillic → Latin mapping (1995 alphabet, as amended), letter by letter, as
 * two aligned lists (smaller in the search app than an object); е and ц depend on the letter
 * before them (see readUzbekCyrillic). щ and ы, Russian letters in loanwords, read as sh and i.
 */
const CYRILLIC_LETTERS = 'абвгғдеёжзийкқлмнопрстуўфхҳцчшщъыьэюя';
const LATIN_READINGS = 'a b v g gʻ d e yo j z i y k q l m n o p r s t u oʻ f x h ts ch sh sh ʼ i _ e yu ya'.split(' ');
export const UZBEK_CYRILLIC: Readonly<Record<string, string>> = Object.fromEntries(
  [...CYRILLIC_LETTERS].map((letter, index) => [letter, (LATIN_READINGS[index] ?? '').replace('_', '')]),
);

/**
 * An Uzbek word typed in Cyrillic, in the official Latin alphabet: е is ye at the start of a word
 * and after a vowel, ъ or ь (ёрдам → yordam, ер → yer, поезд → poyezd); ц is s at the start and
 * after a consonant, ts after a vowel; ў → oʻ, ғ → gʻ, қ → q, ҳ → h, ъ → ʼ (маъно → maʼno), but
 * nothing before е, ё, ю, я (съезд → syezd).
 */
export function readUzbekCyrillic(word: string): string {
  const letters = [...word.toLocaleLowerCase('uz')];
  return letters
    .map((letter, index) => {
      const before = letters[index - 1];
      const afterVowelOrSign = before === undefined || CYRILLIC_VOWEL.test(before) || before === 'ъ' || before === 'ь';
      if (letter === 'е') return afterVowelOrSign ? 'ye' : 'e';
      if (letter === 'ц') return before !== undefined && CYRILLIC_VOWEL.test(before) ? 'ts' : 's';
      // In Russian loanwords ъ before е, ё, ю, я only marks the y that the vowel's reading carries (съезд → syezd).
      if (letter === 'ъ' && /[еёюя]/u.test(letters[index + 1] ?? '')) return '';
      return UZBEK_CYRILLIC[letter] ?? letter;
    })
    .join('');
}

/*
 * Uzbek in the official Latin alphabet. Pagefind has no Uzbek stemmer, so endings are stripped
 * here, guarded by the site's vocabulary as for Kazakh (query/stemWord.ts). Readers type oʻ and gʻ
 * as o' and g', with a backtick or a curly quote, or leave the sign out: all of them fold away.
 * Many Uzbek adults in Kazakhstan learnt Cyrillic at school: a word in Cyrillic is read in Latin.
 */
export const uz: LanguageRules = {
  apostrophesInWords: true,
  spellings: [[/['`‘’ʻʼ]/gu, '']],
  // Plural, possessive, case and person endings, folded (no ʻ). Word-forming endings (-lik, -siz,
  // -li) stay: xavfsiz (safe) must not find every page about xavf (danger).
  suffixes: [
    {
      suffixes: [
        'gacha',
        'kacha',
        'qacha',
        'sangiz',
        'ingiz',
        'imiz',
        'ning',
        'ngiz',
        'dagi',
        'lar',
        'dan',
        'miz',
        'ing',
        'man',
        'san',
        'sam',
        'sang',
      ],
    },
    { suffixes: ['ni', 'ga', 'ka', 'qa', 'da', 'im', 'ng', 'si', 'mi', 'i'] },
  ],
  stopWords: ['qanday', 'qayerga', 'qayerda', 'qachon', 'nima', 'nimaga', 'kim', 'kimga', 'qilib', 'kerak', 'mi', 'va'],
  synonyms: [['oʻsmir', 'yoshlar']],
  otherScript: { pattern: /\p{Script=Cyrillic}/u, read: readUzbekCyrillic },
  // A query with one of these is about teaching: the lesson plans rank first (query/rankResults.ts).
  teachingWords: ['dars', 'sinf', 'oʻqituvchi', 'muallim', 'pedagog'],
};
