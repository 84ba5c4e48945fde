/** At most this many Cyrillic readings are made of one Latin word. */
export const MAX_READINGS = 16;

/** Whether a word is written in Latin letters (with the Kazakh 2021 alphabet's diacritics). */
export function isLatin(word: string): boolean {
  return /^[a-zäğñńöūüışç']+$/i.test(word);
}

/**
 * The Cyrillic readings of a Latin word under a table of letter groups (see LanguageRules.latin):
 * the longest group that fits is read first, and a group with several readings multiplies the
 * results, up to MAX_READINGS. `known` prunes readings as they grow (the search passes "starts a
 * word of the site"), unless it would prune them all. komek → комек; pomosh → помош, помощ.
 */
export function transliterate(
  word: string,
  table: Readonly<Record<string, readonly string[]>>,
  known: (start: string) => boolean = () => true,
): string[] {
  const lower = word.toLowerCase();
  const longest = Math.max(...Object.keys(table).map((group) => group.length));
  let readings = [''];
  let index = 0;
  while (index < lower.length) {
    let length = Math.min(longest, lower.length - index);
    while (length > 1 && !table[lower.slice(index, index + length)]) length -= 1;
    const group = lower.slice(index, index + length);
    const choices = table[group] ?? [group];
    const grown = readings.flatMap((reading) => choices.map((choice) => reading + choice));
    const kept = grown.filter(known);
    readings = (kept.length > 0 ? kept : grown).slice(0, MAX_READINGS);
    index += length;
  }
  return readings;
}
