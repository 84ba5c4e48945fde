/**
 * The only search code on a normal page: opens the search dialog from the header link, `/` or
 * Ctrl/Cmd+K, and loads the dialog and Pagefind only then. On the search page it shows the form
 * and loads search when the reader turns to it. Without JavaScript the header link leads to the
 * search page, which lists every page.
 */
const page = document.querySelector<HTMLElement>('[data-search-page]');
const base = document.querySelector<HTMLElement>('[data-search-base]')?.dataset['searchBase'] ?? '/';

type SearchApp = typeof import('./searchApp');
declare global {
  interface Window {
    searchApp?: SearchApp;
  }
}

/**
 * The search UI, bundled into the Pagefind folder at build (integrations/pagefind.ts), added as
 * a module script on first use. A script element rather than import(): Vite would wrap import()
 * in its preload helper, tripling the script every page runs.
 */
function loadSearchApp(): Promise<SearchApp> {
  return new Promise((resolve, reject) => {
    if (window.searchApp) return resolve(window.searchApp);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${base}pagefind/search-app.js`;
    script.addEventListener('load', () =>
      window.searchApp ? resolve(window.searchApp) : reject(new Error('no search')),
    );
    script.addEventListener('error', reject);
    document.head.append(script);
  });
}
const opener = document.querySelector<HTMLAnchorElement>('[data-search-open]');

function openSearch(event: Event) {
  event.preventDefault();
  if (page) {
    page.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    return;
  }
  if (opener) void loadSearchApp().then(({ openSearchDialog }) => openSearchDialog(opener));
}

opener?.addEventListener('click', openSearch);
document.addEventListener('keydown', (event) => {
  const typing = (event.target as Element | null)?.closest('input, textarea, select, [contenteditable="true"]');
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  if (slash || commandK) openSearch(event);
});

if (page) {
  const ui = page.querySelector<HTMLElement>('[data-search-ui]');
  ui?.removeAttribute('hidden');
  const load = () => void loadSearchApp().then(({ enhanceSearchPage }) => enhanceSearchPage(page));
  if (new URLSearchParams(location.search).get('q')) load();
  else ui?.addEventListener('focusin', load, { once: true });
}

export {};
