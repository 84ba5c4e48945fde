/**
 * Words that make a nearby number a phone number, in every site language (prefixes: `call`
 * also finds `called`, `нөмір` also `нөміріне`). A help-line number typed in such a context
 * would bypass `content/hotlines.yaml`, the one place numbers are checked and changed.
 */
const PHONE_WORDS = [
  // en
  'call',
  'dial',
  'phone',
  'ring',
  'hotline',
  'helpline',
  'line',
  'number',
  // ru
  'звон',
  'позвон',
  'набер',
  'набир',
  'набрать',
  'телефон',
  'номер',
  'лини',
  'горяч',
  // kk
  'қоңырау',
  'хабарлас',
  'нөмір',
  'желі',
  'теріңіз',
  'терсең',
  // uz (the apostrophe of oʻ/gʻ comes in several forms)
  "qo[ʻ'‘’`]ng[ʻ'‘’`]iroq",
  'telefon',
  'raqam',
  'liniya',
  'tering',
];

/** A phone word starting a word (`(?<!\p{L})`, since `\b` knows only ASCII letters). */
const PHONE_WORD = new RegExp(`(?<!\\p{L})(?:${PHONE_WORDS.join('|')})`, 'iu');

/** Signs written right before a phone number. */
const PHONE_SIGN = /(?:[+☎📞]|(?<!\p{L})(?:tel|тел)[.:]?)\s*$/iu;

/** How far around a number a phone word counts, in characters, within the same sentence. */
const CONTEXT = 40;

/** The end of a sentence or clause: a phone word beyond it speaks of something else. */
const SENTENCE_END = /[.!?;](?:\s|$)/u;

/**
 * Finds a help-line number typed as a phone number: one of `displays` (`116 16`; the digits
 * may be grouped by single spaces, no-break spaces or hyphens in any way) with a phone word within
 * 40 characters in the same sentence, or a `+`, `☎` or `tel` right before it (`Call 112.`, `112 – the police line`). An ordinary number
 * that happens to equal a line ("111 children", "in 150 schools", a year) is left alone. Returns
 * the number as typed and where it starts.
 */
export function findTypedHelpLineNumber(
  text: string,
  displays: readonly string[],
): { typed: string; index: number } | undefined {
  if (displays.length === 0) return undefined;
  const digitsOf = displays.map((display) => [...display.replace(/\D/g, '')].join('[ \\u00a0\\u202f-]?'));
  // Not part of a longer number: no digit (or digit and separator) on either side.
  const pattern = new RegExp(
    `(?<!\\d|\\d[ \\u00a0\\u202f.,-])(?:${digitsOf.join('|')})(?![ \\u00a0\\u202f.,-]?\\d)`,
    'gu',
  );
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(Math.max(0, match.index - CONTEXT), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + CONTEXT);
    const sameSentenceBefore = before.split(SENTENCE_END).at(-1) ?? '';
    const sameSentenceAfter = after.split(SENTENCE_END)[0] ?? '';
    if (PHONE_SIGN.test(before) || PHONE_WORD.test(sameSentenceBefore) || PHONE_WORD.test(sameSentenceAfter)) {
      return { typed: match[0], index: match.index };
    }
  }
  return undefined;
}
