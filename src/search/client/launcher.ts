/**
 * The only search code on a normal page: opens the search dialog from the header link, `/` or
 * Ctrl/Cmd+K, and loads the dialog and Pagefind only then. Without JavaScript the header link
 * leads to the search page, which lists every page.
 */
type SearchApp = typeof import('./searchApp');
declare global {
  interface Window {
    searchApp?: SearchApp;
    loadSearchApp?: () => Promise<SearchApp>;
  }
}

const opener = document.querySelector<HTMLAnchorElement>('[data-search-open]');
const base = opener?.dataset['searchBase'] ?? '/';

/**
 * The search UI, bundled into the Pagefind folder at build (search/pagefindIndex.ts), added as
 * a module script on first use. A script element rather than import(): Vite would wrap import()
 * in its preload helper, tripling the script every page runs.
 */
window.loadSearchApp = () =>
  new Promise((resolve, reject) => {
    if (window.searchApp) return resolve(window.searchApp);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${base}pagefind/search-app.js`;
    script.addEventListener('load', () => (window.searchApp ? resolve(window.searchApp) : reject(new Error())));
    script.addEventListener('error', reject);
    document.head.append(script);
  });

function openSearch(event: Event) {
  event.preventDefault();
  const field = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
  if (field) field.focus();
  else if (opener) void window.loadSearchApp?.().then(({ openSearchDialog }) => openSearchDialog(opener));
}

opener?.addEventListener('click', openSearch);
document.addEventListener('keydown', (event) => {
  const typing = (event.target as Element | null)?.closest('input, textarea, select, [contenteditable="true"]');
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  if (slash || commandK) openSearch(event);
});

export {};
