import type { LanguageRules } from '~/search/query/languageRules';

/*
 * Uzbek in the official Latin alphabet. Pagefind has no Uzbek stemmer, so endings are stripped
 * here (guarded by the site's vocabulary, as for Kazakh). Readers type oʻ and gʻ as o' and g',
 * with a backtick or a curly quote, or leave the sign out: all of them fold away.
 */
export const uz: LanguageRules = {
  apostrophesInWords: true,
  spellings: [[/['`‘’ʻʼ]/gu, '']],
  // Plural, possessive and case endings, folded (no ʻ). Word-forming endings (-lik, -siz, -li)
  // stay: xavfsiz (safe) must not find every page about xavf (danger).
  suffixes: [
    {
      suffixes: ['gacha', 'kacha', 'qacha', 'ingiz', 'imiz', 'ning', 'ngiz', 'dagi', 'lar', 'dan', 'miz', 'ing'],
    },
    { suffixes: ['ni', 'ga', 'ka', 'qa', 'da', 'im', 'ng', 'si', 'mi', 'i'] },
  ],
  stopWords: ['qanday', 'qayerga', 'qayerda', 'qachon', 'nima', 'nimaga', 'kim', 'kimga', 'qilib', 'kerak', 'mi', 'va'],
};
