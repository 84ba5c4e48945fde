import { describe, expect, it } from 'vitest';
import {
  isAboutTeaching,
  LESSON_FOR_READERS_WEIGHT,
  LESSON_FOR_TEACHING_WEIGHT,
  LIST_WEIGHT,
  pageFactor,
  rankResults,
  type PageSummary,
} from '~/search/query/rankResults';

const PAGES: Record<string, PageSummary> = {
  lesson: ['Offers too good to be true', 'lesson', 0],
  check: ['Check an offer', 'help', 0],
  youth: ['Worried about yourself or a friend?', 'help', 0],
  home: ['Child trafficking: stories and help', 'page', 1],
  defenders: ['Who are public defenders?', 'lesson', 0],
  story: ['Fatima Khamzayeva: volunteering', 'story', 0],
};

/** The ids of hits ranked for a query (stems and typed words as expandQuery would give them). */
const rank = (scores: Record<string, number>, stems: string[], typed: string[] = stems) =>
  rankResults(
    Object.entries(scores).map(([id, score]) => ({ id, score })),
    PAGES,
    { lang: 'en', stems, typed },
  ).map(({ id }) => id);

describe('isAboutTeaching', () => {
  it('knows a query about teaching in every language', () => {
    expect(isAboutTeaching(['lesson', 'plan', 'offers'], 'en')).toBe(true);
    expect(isAboutTeaching(['teaching', 'students'], 'en')).toBe(true);
    expect(isAboutTeaching(['урок', 'про', 'предложения'], 'ru')).toBe(true);
    expect(isAboutTeaching(['классный', 'час'], 'ru')).toBe(true);
    expect(isAboutTeaching(['ұсыныс', 'туралы', 'сабақ'], 'kk')).toBe(true);
    expect(isAboutTeaching(['оқушыларға'], 'kk')).toBe(true);
    expect(isAboutTeaching(['dars', 'rejasi'], 'uz')).toBe(true);
  });

  it('takes a reader’s query for a reader’s', () => {
    expect(isAboutTeaching(['someone', 'offered', 'me', 'a', 'job'], 'en')).toBe(false);
    expect(isAboutTeaching(['предложили', 'работу'], 'ru')).toBe(false);
    expect(isAboutTeaching(['жұмыс', 'ұсынды'], 'kk')).toBe(false);
  });
});

describe('pageFactor', () => {
  it('weighs a lesson less for a reader’s query, more for a query about teaching, as any page when named', () => {
    expect(pageFactor('lesson', false, 'readers')).toBe(LESSON_FOR_READERS_WEIGHT);
    expect(pageFactor('lesson', false, 'teaching')).toBe(LESSON_FOR_TEACHING_WEIGHT);
    expect(pageFactor('lesson', false, 'named')).toBe(1);
    expect(LESSON_FOR_READERS_WEIGHT).toBeLessThan(1);
    expect(LESSON_FOR_TEACHING_WEIGHT).toBeGreaterThan(1);
  });

  it('leaves pages for readers alone whatever the query, and weighs a list page less', () => {
    expect(pageFactor('explainer', false, 'teaching')).toBe(1);
    expect(pageFactor('story', true)).toBe(LIST_WEIGHT);
    expect(pageFactor('help', false)).toBeGreaterThan(1);
  });
});

describe('rankResults', () => {
  it('puts the page for readers above the teachers’ lesson on the same topic', () => {
    // Pagefind scores the long lesson higher: it says "offer" far more often.
    expect(rank({ lesson: 12, check: 7 }, ['job', 'offer'], ['someone', 'offered', 'me', 'a', 'job'])[0]).toBe('check');
  });

  it('puts the lesson first for a query about teaching', () => {
    expect(rank({ lesson: 6, check: 7 }, ['lesson', 'offer'])[0]).toBe('lesson');
  });

  it('puts a lesson first for a query that names its title', () => {
    const typed = ['who', 'are', 'public', 'defenders'];
    expect(rank({ defenders: 4, story: 5 }, ['public', 'defender'], typed)[0]).toBe('defenders');
  });

  it('ranks a list page below the page it lists, from the list flag the build gives', () => {
    expect(rank({ home: 5, story: 4.5 }, ['volunteer'])[0]).toBe('story');
  });

  it('keeps the score of a page the search data does not know', () => {
    expect(rank({ unknown: 5, story: 1 }, ['nothing'])).toEqual(['unknown', 'story']);
  });
});
