/**
 * Kazakh suffixes in folded spelling (see foldWord): plural, possessive, case and attributive
 * endings. Longest first, because each pass strips the longest one that fits.
 */
const SUFFIXES = [
  // attributive locative -дағы/-дегі
  'ндаги',
  'ндеги',
  'даги',
  'деги',
  'таги',
  'теги',
  // possessive
  'ымыз',
  'имиз',
  'ыныз',
  'иниз',
  'мыз',
  'миз',
  'ныз',
  'низ',
  // plural
  'лар',
  'лер',
  'дар',
  'дер',
  'тар',
  'тер',
  // genitive, ablative, instrumental, locative
  'нын',
  'нин',
  'дын',
  'дин',
  'тын',
  'тин',
  'дан',
  'ден',
  'тан',
  'тен',
  'нан',
  'нен',
  'мен',
  'бен',
  'пен',
  'нда',
  'нде',
  // accusative, dative, locative, possessive
  'ны',
  'ни',
  'ды',
  'ди',
  'ты',
  'ти',
  'га',
  'ге',
  'ка',
  'ке',
  'на',
  'не',
  'да',
  'де',
  'та',
  'те',
  'сы',
  'си',
  'ым',
  'им',
  'ын',
  'ин',
  'ы',
  'и',
  'а',
  'е',
  'м',
  'н',
].sort((a, b) => b.length - a.length);

/** A stem shorter than this is too vague to search for (сау- would match far too much). */
export const MIN_STEM_LENGTH = 4;

/**
 * Strips inflectional suffixes from a folded Kazakh word, longest first, while at least
 * MIN_STEM_LENGTH letters remain: балалардын → балалар → бала. The stem then finds every form
 * on the page through Pagefind's prefix matching. Over-stripping costs little (a shorter prefix
 * still matches); under-stripping would find nothing.
 */
export function stripKazakhSuffixes(folded: string): string {
  let stem = folded;
  for (let pass = 0; pass < 4; pass += 1) {
    const suffix = SUFFIXES.find(
      (candidate) => stem.endsWith(candidate) && stem.length - candidate.length >= MIN_STEM_LENGTH,
    );
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  // Before a vowel, a final қ/к or п is voiced (құпиялылық → құпиялылығы, кітап → кітабы):
  // dropping the voiced letter leaves a prefix of both forms.
  if (stem !== folded && /[гб]$/.test(stem) && stem.length > MIN_STEM_LENGTH) stem = stem.slice(0, -1);
  return stem;
}
