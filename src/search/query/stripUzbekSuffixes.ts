/**
 * Uzbek noun endings in folded spelling (see foldWord: no ʻ or ʼ): plural, possessive and case.
 * Longest first, because each pass strips the longest one that fits. Word-forming endings
 * (-lik, -siz, -li) stay: xavfsiz (safe) must not find every page about xavf (danger).
 */
const SUFFIXES = [
  'gacha',
  'kacha',
  'qacha',
  'ingiz',
  'imiz',
  'ning',
  'ngiz',
  'dagi',
  'lar',
  'dan',
  'miz',
  'ing',
  'ni',
  'ga',
  'ka',
  'qa',
  'da',
  'im',
  'ng',
  'si',
  'mi',
  'i',
].sort((a, b) => b.length - a.length);

/** A stem shorter than this is too vague to search for. */
const MIN_STEM_LENGTH = 4;

/**
 * Strips endings from a folded Uzbek word while at least MIN_STEM_LENGTH letters remain:
 * bolalarga → bolalar → bola, belgilari → belgilar → belgi. The stem then finds every form on
 * the page through Pagefind's prefix matching, as for Kazakh (stripKazakhSuffixes).
 */
export function stripUzbekSuffixes(folded: string): string {
  let stem = folded;
  for (let pass = 0; pass < 4; pass += 1) {
    const suffix = SUFFIXES.find(
      (candidate) => stem.endsWith(candidate) && stem.length - candidate.length >= MIN_STEM_LENGTH,
    );
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  // A final k or q turns into g or gʻ before a vowel (yurak → yuragi, qishloq → qishlogʻi):
  // dropping the g leaves a prefix of both forms.
  if (stem !== folded && stem.endsWith('g') && stem.length > MIN_STEM_LENGTH) stem = stem.slice(0, -1);
  return stem;
}
