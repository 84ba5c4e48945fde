import type { LanguageRules } from '~/search/query/languageRules';
import type { Vocabulary } from '~/search/query/vocabulary';

/** Stems shorter than this need the vocabulary's word for it (сау- would match far too much). */
export const MIN_STEM_LENGTH = 4;
/** The shortest stem at all, and only when the vocabulary confirms it as a word (қыз, сот, ана). */
export const MIN_CONFIRMED_STEM_LENGTH = 3;

/** The stems one strip can make of a folded word, longest ending first. */
function strips(word: string, rules: LanguageRules): string[] {
  const stems: string[] = [];
  for (const { suffixes, after } of rules.suffixes ?? []) {
    for (const suffix of suffixes) {
      if (!word.endsWith(suffix)) continue;
      const stem = word.slice(0, -suffix.length);
      if (stem.length >= MIN_CONFIRMED_STEM_LENGTH && (!after || after.test(stem))) stems.push(stem);
    }
  }
  return stems.sort((a, b) => a.length - b.length);
}

/** The site's words that are this stem or the stem plus one ending that may follow it, outside `longer`'s own forms. */
function formsOf(stem: string, longer: string, rules: LanguageRules, vocabulary: Vocabulary): number {
  let forms = vocabulary.has(stem) && !stem.startsWith(longer) ? 1 : 0;
  for (const { suffixes, after } of rules.suffixes ?? []) {
    if (after && !after.test(stem)) continue;
    for (const suffix of suffixes) {
      if (!(stem + suffix).startsWith(longer) && vocabulary.has(stem + suffix)) forms += 1;
    }
  }
  return forms;
}

/**
 * Whether the site confirms a stem as a word of its own: never a stop word (сен is "you", not
 * the root of сенім); a long stem by one form outside the longer stem's own forms; a three-letter
 * one by two (сот by сот and соттың for сотқа; сау is a word, but not confirmed as the root of
 * сауда by сауда- words).
 */
function confirmsStem(stem: string, longer: string, rules: LanguageRules, vocabulary: Vocabulary): boolean {
  if (vocabulary.isStopWord(stem)) return false;
  return formsOf(stem, longer, rules, vocabulary) >= (stem.length < MIN_STEM_LENGTH ? 2 : 1);
}

/**
 * Strips inflectional endings from a folded word, guarded by the site's vocabulary: each ending
 * only after the sound it may follow, a stem of three letters only when the vocabulary confirms
 * it, and the result is the shortest stem that still reached more of the site's words than the
 * one before it (so Қазақстан stays whole: казакс- reaches no word казакстан- does not).
 * балалардың → балалар → бала; мамандар → маман, never мама; Алматыда → Алматы, never алма.
 */
export function stemWord(folded: string, rules: LanguageRules, vocabulary: Vocabulary): string {
  if (!rules.suffixes) return folded;
  let best = folded;
  let current = folded;
  let reached = vocabulary.countStartingWith(folded);
  for (let pass = 0; pass < 5; pass += 1) {
    const allowed = strips(current, rules).filter(
      (stem) => stem.length >= MIN_STEM_LENGTH || confirmsStem(stem, current, rules, vocabulary),
    );
    // The longest ending whose stem is a site word (телефоны → телефон, not телефо-), else whose stem
    // the site confirms, else the longest ending (strips() sorts the shortest stem first).
    const next =
      allowed.find((stem) => vocabulary.has(stem)) ??
      allowed.find((stem) => confirmsStem(stem, current, rules, vocabulary)) ??
      allowed[0];
    if (!next) break;
    const candidates = [next];
    // A consonant voiced before the stripped ending (құпиялылығ-ы): drop it, leaving a prefix of both.
    if (rules.voicedFinal?.test(next) && next.length > MIN_STEM_LENGTH) candidates.push(next.slice(0, -1));
    for (const stem of candidates) {
      const count = vocabulary.countStartingWith(stem);
      if (count > reached) {
        best = stem;
        reached = count;
      }
    }
    current = candidates.at(-1) ?? next;
  }
  return best;
}
