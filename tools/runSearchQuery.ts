import type { Page } from '@playwright/test';

/**
 * Runs one query through a search page's form (the reader's way: typed, submitted, the status
 * read when it settles) and returns the result paths, best first, and the time it took. Used by
 * the benchmark (tools/bench-search.ts) and the browser test (tests/e2e/search.spec.ts).
 */
export async function runQuery(page: Page, query: string) {
  return page.evaluate(async (text) => {
    const root = document.querySelector('[data-search-page] [data-search-ui]');
    const input = root?.querySelector<HTMLInputElement>('input[data-search-query]');
    const status = root?.querySelector('[data-search-status]');
    const form = root?.querySelector<HTMLFormElement>('form');
    if (!root || !input || !status || !form) throw new Error('no search UI');
    status.textContent = '';
    const started = performance.now();
    const done = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        const value = status.textContent ?? '';
        if (value !== '' && !value.endsWith('…')) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
    input.value = text;
    form.requestSubmit();
    await done;
    const elapsed = performance.now() - started;
    const paths = [...root.querySelectorAll<HTMLAnchorElement>('[data-search-results] a')].map(
      (a) => new URL(a.href).pathname,
    );
    return { paths, elapsed };
  }, query);
}
