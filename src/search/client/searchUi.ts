import { findPages } from '~/search/query/findPages';
import type { PageSummary } from '~/search/query/rankResults';
import { decodeVocabulary, Vocabulary } from '~/search/query/vocabulary';

/** The part of Pagefind's browser API this site uses. */
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: { type?: string[] } }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

/** Results shown at once: each costs a download of its page's excerpt data on a slow phone. */
export const RESULTS_PER_BATCH = 5;
/** What search needs once loaded: Pagefind, the language's vocabulary, and page titles by Pagefind id. */
interface Loaded {
  pagefind: Pagefind;
  vocabulary: Vocabulary;
  /** Title, type and whether it lists others, by Pagefind page id. */
  pages: Record<string, PageSummary>;
}
let loading: Promise<Loaded> | undefined;

/** Loads Pagefind and this language's search data (vocabulary and titles) once, on the first search. */
function loadSearch(base: string, lang: string): Promise<Loaded> {
  loading ??= (async () => {
    const [pagefind, data] = await Promise.all([
      import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
      // A language without search data is still searched, as typed.
      fetch(`${base}pagefind/search-${lang}.json`)
        .then((response) =>
          response.ok ? (response.json() as Promise<{ words: string; pages: Record<string, PageSummary> }>) : undefined,
        )
        .catch(() => undefined),
    ]);
    // noWorker: the worker would download a second copy of Pagefind's script (12 KB) for no gain here.
    await pagefind.options({ baseUrl: base, excerptLength: 22, noWorker: true });
    await pagefind.init();
    return {
      pagefind,
      vocabulary: new Vocabulary(lang, decodeVocabulary(data?.words ?? '')),
      pages: data?.pages ?? {},
    };
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Searches with the type filter, if any, and ranks (query/findPages.ts). */
function search({ pagefind, vocabulary, pages }: Loaded, query: string, type: string) {
  const options = type ? { filters: { type } } : {};
  return findPages((text) => pagefind.search(text, options), query, vocabulary, pages);
}

/**
 * Brings a server-rendered search UI (search/components/SearchUi.astro) to life: searches as the
 * reader types, announces the number of results and lists title, type and highlighted excerpt.
 */
export function activateSearchUi(root: HTMLElement): { run: (query: string, type?: string) => void } {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root.querySelector<HTMLInputElement>('input[data-search-query]');
  const select = root.querySelector<HTMLSelectElement>('select[data-search-type]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const lang = root.dataset['lang'];
  if (!form || !input || !select || !status || !list || !more || !lang) throw new Error('search UI is incomplete');
  const base = root.dataset['base'] ?? '/';
  const typeLabels = JSON.parse(root.dataset['typeLabels'] ?? '{}') as Record<string, string>;
  const plural = new Intl.PluralRules(lang);
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: PagefindResult[] = [];

  /** Appends the next batch of results; the first new link takes focus when asked to. */
  const showMore = async (ticket: number, focusFirst: boolean) => {
    const batch = pending.slice(0, RESULTS_PER_BATCH);
    pending = pending.slice(RESULTS_PER_BATCH);
    const shown = await Promise.all(batch.map((result) => result.data()));
    if (ticket !== latest) return;
    const items = shown.map((data) => renderResult(data, typeLabels));
    list.append(...items);
    more.hidden = pending.length === 0;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  };

  const run = async (query: string) => {
    const ticket = ++latest;
    if (query.trim() === '') {
      status.textContent = '';
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    status.textContent = root.dataset['loading'] ?? '';
    try {
      const results = await search(await loadSearch(base, lang), query, select.value);
      if (ticket !== latest) return;
      list.replaceChildren();
      pending = results;
      await showMore(ticket, false);
      const count = results.length;
      status.textContent =
        count === 0
          ? (root.dataset['none'] ?? '')
          : (root.dataset[`count${capitalise(plural.select(count))}`] ?? root.dataset['countOther'] ?? '').replace(
              '{count}',
              String(count),
            );
    } catch {
      if (ticket === latest) status.textContent = root.dataset['failed'] ?? '';
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 150);
  });
  select.addEventListener('change', () => void run(input.value));
  more.addEventListener('click', () => void showMore(latest, true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  root.dataset['searchReady'] = '';
  return {
    run: (query, type = '') => {
      input.value = query;
      select.value = type;
      void run(query);
    },
  };
}

type ResultData = Awaited<ReturnType<PagefindResult['data']>>;

/** One result: linked title, its type, and the excerpt with the matches highlighted. */
function renderResult(data: ResultData, typeLabels: Record<string, string>): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'rounded border border-line bg-raised p-4';
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'text-lg font-bold';
  link.textContent = data.meta.title ?? data.url;
  const type = document.createElement('span');
  type.className = 'ms-2 rounded bg-accent-soft px-2 py-0.5 text-sm';
  type.textContent = typeLabels[data.filters.type?.[0] ?? 'page'] ?? '';
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1 text-muted [&_mark]:bg-highlight [&_mark]:text-ink';
  // Pagefind escapes the page text; the only markup in an excerpt is <mark> around matches.
  excerpt.innerHTML = data.excerpt;
  item.append(link, type, excerpt);
  return item;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
