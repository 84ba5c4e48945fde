import { isLocale } from '~/i18n/locales';
import { expandQuery, type Vocabulary } from '~/search/query/expandQuery';

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
const RESULTS_PER_BATCH = 6;
let loading: Promise<{ pagefind: Pagefind; vocabulary: Vocabulary }> | undefined;

/** Loads Pagefind and this language's vocabulary once, on the first search. */
function loadSearch(base: string, lang: Vocabulary['lang']) {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // noWorker: the worker would download a second copy of Pagefind's script (12 KB) for no gain here.
    await pagefind.options({ baseUrl: base, excerptLength: 22, noWorker: true });
    await pagefind.init();
    const response = await fetch(`${base}pagefind/vocabulary-${lang}.json`);
    const words = response.ok ? ((await response.json()) as string[]) : [];
    return { pagefind, vocabulary: { lang, words } };
  })();
  return loading;
}

/** Runs every expansion of the query and merges the results, keeping each page's best score. */
async function search(pagefind: Pagefind, vocabulary: Vocabulary, query: string, type: string) {
  const options = type ? { filters: { type } } : {};
  const responses = await Promise.all(expandQuery(query, vocabulary).map((term) => pagefind.search(term, options)));
  const best = new Map<string, PagefindResult>();
  for (const result of responses.flatMap((response) => response.results)) {
    const known = best.get(result.id);
    if (!known || known.score < result.score) best.set(result.id, result);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Brings a server-rendered search UI (search/components/SearchUi.astro) to life: searches as the
 * reader types, announces the number of results and lists title, type and highlighted excerpt.
 */
export function activateSearchUi(root: HTMLElement): { run: (query: string, type?: string) => void } {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const select = root.querySelector<HTMLSelectElement>('select[name="type"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const lang = root.dataset['lang'];
  if (!form || !input || !select || !status || !list || !more || !isLocale(lang))
    throw new Error('search UI is incomplete');
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
      const { pagefind, vocabulary } = await loadSearch(base, lang);
      const results = await search(pagefind, vocabulary, query, select.value);
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
