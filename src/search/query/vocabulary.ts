import { foldWord } from '~/search/query/foldWord';
import { rulesFor } from '~/search/query/languageRules';

/**
 * The words of one language's indexed text, as the Pagefind integration writes them: sorted,
 * lower-cased, front-coded (each word is the number of letters it shares with the one before,
 * one digit, then the rest), which gzips to about three quarters of a plain list.
 */
export function encodeVocabulary(words: Iterable<string>): string {
  let previous = '';
  let encoded = '';
  for (const word of [...new Set(words)].sort()) {
    let shared = 0;
    while (shared < 9 && shared < previous.length && previous[shared] === word[shared]) shared += 1;
    encoded += String(shared) + word.slice(shared);
    previous = word;
  }
  return encoded;
}

/** The list back from encodeVocabulary. */
export function decodeVocabulary(encoded: string): string[] {
  const words: string[] = [];
  let previous = '';
  for (const [, shared, rest] of encoded.matchAll(/(\d)(\D*)/g)) {
    previous = previous.slice(0, Number(shared)) + (rest ?? '');
    words.push(previous);
  }
  return words;
}

/**
 * The site's words in one language, folded (see foldWord) and sorted, so that the query side can
 * ask how many indexed words a stem reaches and how the site spells them.
 */
export class Vocabulary {
  readonly lang: string;
  /** Folded words, sorted. */
  private readonly folded: string[];
  /** Site spellings of each folded word (қауіп for кауип). */
  private readonly spellings = new Map<string, string[]>();

  /** Folded stop words of the language (never a stem: сен is "you", not the root of сенім). */
  private readonly stopWords: Set<string>;

  constructor(lang: string, words: Iterable<string>) {
    this.lang = lang;
    this.stopWords = new Set((rulesFor(lang).stopWords ?? []).map((word) => foldWord(lang, word)));
    for (const word of words) {
      const folded = foldWord(lang, word);
      const known = this.spellings.get(folded);
      if (!known) this.spellings.set(folded, [word]);
      else if (!known.includes(word)) known.push(word);
    }
    this.folded = [...this.spellings.keys()].sort();
  }

  /** Whether this folded word is itself a word of the site. */
  has(folded: string): boolean {
    return this.spellings.has(folded);
  }

  /** Whether this folded word is one of the language's question or stop words. */
  isStopWord(folded: string): boolean {
    return this.stopWords.has(folded);
  }

  /** The site's spellings of exactly this folded word (labor → labour). */
  spellingsOfWord(folded: string): string[] {
    return this.spellings.get(folded) ?? [];
  }

  /** How many distinct folded words start with this folded prefix. */
  countStartingWith(prefix: string): number {
    return this.lowerBound(prefix + '\uffff') - this.lowerBound(prefix);
  }

  /**
   * The site's spellings of a folded prefix: the shortest start of every site word that folds to
   * it (жургенбаев → жүргенбаев; Uzbek qongir → qoʻngʻir, where folding drops the sign).
   */
  spellingsOf(prefix: string, limit = 4): string[] {
    const found = new Set<string>();
    for (let index = this.lowerBound(prefix); index < this.folded.length; index += 1) {
      const folded = this.folded[index] ?? '';
      if (!folded.startsWith(prefix)) break;
      for (const word of this.spellings.get(folded) ?? []) found.add(this.startFolding(word, prefix));
      if (found.size >= limit) break;
    }
    return [...found];
  }

  /**
   * The shortest start of a site word that folds to `prefix`; when none does (a spelling fold that
   * needs the whole word: organis- is organiz- only in organisation), its start of the same length.
   */
  private startFolding(word: string, prefix: string): string {
    const letters = [...word];
    for (let length = prefix.length; length <= letters.length; length += 1) {
      const start = letters.slice(0, length).join('');
      if (foldWord(this.lang, start) === prefix) return start;
    }
    return letters.slice(0, prefix.length).join('');
  }

  /** Index of the first folded word not sorting before `key` (binary search). */
  private lowerBound(key: string): number {
    let low = 0;
    let high = this.folded.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.folded[middle] ?? '') < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
