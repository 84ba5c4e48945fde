/**
 * The only search code on a normal page (part of client/site.ts, the classic script in <head>):
 * opens the search dialog from the header link, `/` or Ctrl/Cmd+K; the search app and Pagefind
 * load only when used. (The search page starts search with its own small script, searchPage.ts,
 * to keep every page within 2.5 KiB of script.) Listeners sit on the document, since the script
 * runs before the header exists. Without JavaScript the header link leads to the search page,
 * which lists every page.
 */
import { SEARCH_OPEN_EVENT } from '~/search/client/searchEvents';
import { searchAppPath } from '~/search/searchAppPath';

const OPENER = '[data-search-open]';
let loading: Promise<void> | undefined;

/**
 * Adds the search app (bundled into the Pagefind folder at build, see build/integrations/pagefindIndex.ts)
 * once, as a module script element: it then acts on the page itself and listens for
 * SEARCH_OPEN_EVENT.
 */
function loadSearchApp(base: string): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = base + searchAppPath(document.documentElement.lang);
    script.onload = () => resolve();
    script.onerror = () => {
      loading = undefined;
      reject();
    };
    document.head.append(script);
  });
  return loading;
}

function openSearch(event: Event) {
  const opener = document.querySelector<HTMLAnchorElement>(OPENER);
  const field = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
  if (!opener && !field) return;
  event.preventDefault();
  if (field) field.focus();
  // If search cannot load, the search page still lists every page.
  else if (opener)
    loadSearchApp(opener.dataset['searchBase'] ?? '/')
      .then(() => opener.dispatchEvent(new CustomEvent(SEARCH_OPEN_EVENT, { bubbles: true })))
      .catch(() => location.assign(opener.href));
}

document.addEventListener('click', (event) => {
  if ((event.target as Element).closest?.(OPENER)) openSearch(event);
});
document.addEventListener('keydown', (event) => {
  const typing = (event.target as Element).closest?.('input,textarea,select,[contenteditable]');
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  if (slash || commandK) openSearch(event);
});
