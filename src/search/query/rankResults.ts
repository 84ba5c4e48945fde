import { foldWord } from '~/search/query/foldWord';
import { rulesFor } from '~/search/query/languageRules';
import { headCovered, termFactor, titleFactor } from '~/search/query/rankByTitle';

/**
 * What the query side knows of a page before downloading its fragment, from the built page (see
 * build/readBuiltPages.ts): its title, type (the search filter), whether it lists other pages
 * (its route says so), and the names it defines (the glossary's terms).
 */
export type PageSummary = [title: string, type: string, lists: 0 | 1, terms?: string[]];

/**
 * Weights by kind of page. The help page first where it matches at all: it is the page a reader
 * in need should see.
 */
export const TYPE_WEIGHTS: Readonly<Record<string, number>> = { help: 1.4 };
/** A list page (the home page, /stories/…) repeats the titles and summaries of what it lists: the page itself is the better answer. */
export const LIST_WEIGHT = 0.7;
/**
 * A teachers' lesson for a reader's query: a young person or a parent asking about an offer or a
 * friend wants the page written for them, not the lesson plan on the same topic. Unless the query
 * names the lesson (covers the head of its title: «who are public defenders»).
 */
export const LESSON_FOR_READERS_WEIGHT = 0.25;
/** A lesson for a query about teaching (lesson, class, урок, сабақ, dars…). */
export const LESSON_FOR_TEACHING_WEIGHT = 2;
/** The type of the pages written for teachers. */
export const TEACHERS_TYPE = 'lesson';

/**
 * Whether a query is about teaching: one of its words starts with a teaching word of its language
 * (`teachingWords`: lesson, class, teacher… урок, класс, учител… сабақ, сынып, мұғалім… dars…).
 */
export function isAboutTeaching(words: readonly string[], lang: string): boolean {
  const teaching = (rulesFor(lang).teachingWords ?? []).map((word) => foldWord(lang, word));
  return words.some((word) => teaching.some((start) => foldWord(lang, word).startsWith(start)));
}

/** Who the query is for, as far as the page's audience matters: `named` when it names the page's title. */
export type QueryAudience = 'readers' | 'teaching' | 'named';

/** A page's weight for its kind, whether it lists others, and its audience (see the weights above). */
export function pageFactor(type: string, lists: boolean, audience: QueryAudience = 'readers'): number {
  const forTeachers =
    type !== TEACHERS_TYPE || audience === 'named'
      ? 1
      : audience === 'teaching'
        ? LESSON_FOR_TEACHING_WEIGHT
        : LESSON_FOR_READERS_WEIGHT;
  return (TYPE_WEIGHTS[type] ?? 1) * (lists ? LIST_WEIGHT : 1) * forTeachers;
}

/** A Pagefind result as far as ranking needs it. */
export interface Hit {
  id: string;
  score: number;
}

/** What the ranking needs to know of the query (see expandQuery.ts queryStems, queryWords). */
export interface RankedQuery {
  lang: string;
  /** The folded stems of the query's meaningful words. */
  stems: readonly string[];
  /** Every word typed, question words included, read in the site's script. */
  typed: readonly string[];
}

/**
 * Pagefind's hits, best first: each score multiplied by the page's title or term factor
 * (rankByTitle.ts) and its page factor (kind, list, audience: a lesson weighs less for a reader's
 * query, more for a query about teaching, as any page for one that names its title). A page
 * unknown to the search data keeps its score.
 */
export function rankResults<T extends Hit>(
  hits: Iterable<T>,
  pages: Readonly<Record<string, PageSummary>>,
  { lang, stems, typed }: RankedQuery,
): T[] {
  const teaching = isAboutTeaching(typed, lang);
  return [...hits]
    .map((hit) => {
      const [title, type, lists, terms = []] = pages[hit.id] ?? ['', '', 0];
      const named = Math.max(titleFactor(title, stems, typed, lang), termFactor(terms, stems, typed, lang));
      const audience = teaching ? 'teaching' : headCovered(title, stems, typed, lang) === 1 ? 'named' : 'readers';
      return { hit, score: hit.score * named * pageFactor(type, lists === 1, audience) };
    })
    .sort((a, b) => b.score - a.score)
    .map(({ hit }) => hit);
}
