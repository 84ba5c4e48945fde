/**
 * The only search code on a normal page (imported by client/site.ts): opens the search dialog
 * from the header link, `/` or Ctrl/Cmd+K; the search app and Pagefind load only when used. (The
 * search page starts search with its own small script, searchPage.ts, to keep this one within
 * every page's 2 KiB.) Without JavaScript the header link leads to the search page,
 * which lists every page.
 */
import { SEARCH_OPEN_EVENT } from '~/search/client/searchEvents';

const opener = document.querySelector<HTMLAnchorElement>('[data-search-open]');
const base = opener?.dataset['searchBase'] ?? '/';
let loading: Promise<void> | undefined;

/**
 * Adds the search app (bundled into the Pagefind folder at build, see search/pagefindIndex.ts)
 * once. A module script element rather than import(): Vite 8 wraps every import(), even of a URL
 * it cannot resolve, in its 1.5 KB module-preload helper, which would double the script every page
 * runs; `build.modulePreload: false` does not remove it (https://github.com/vitejs/vite/issues/13952).
 * The app then acts on the page itself and listens for SEARCH_OPEN_EVENT.
 */
function loadSearchApp(): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${base}pagefind/search-app.js`;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => {
      loading = undefined;
      script.remove();
      reject(new Error('search app did not load'));
    });
    document.head.append(script);
  });
  return loading;
}

function openSearch(event: Event) {
  event.preventDefault();
  const field = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
  if (field) field.focus();
  // If search cannot load, the search page still lists every page.
  else if (opener)
    loadSearchApp()
      .then(() => opener.dispatchEvent(new CustomEvent(SEARCH_OPEN_EVENT, { bubbles: true })))
      .catch(() => location.assign(opener.href));
}

opener?.addEventListener('click', openSearch);
document.addEventListener('keydown', (event) => {
  const typing = (event.target as Element | null)?.closest('input, textarea, select, [contenteditable="true"]');
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  if (slash || commandK) openSearch(event);
});
