import { searchAppPath } from '~/search/searchAppPath';

/**
 * On the search page only: shows the form (hidden without JavaScript, where the list of all pages
 * serves instead) and adds the search app (see launcher.ts for why a script element) when the
 * reader turns to the form, or at once for `?q=`; the app then enhances this page itself.
 */
const ui = document.querySelector<HTMLElement>('[data-search-page] [data-search-ui]');

let loading = false;

function load(ui: HTMLElement) {
  if (loading) return;
  loading = true;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = (ui.dataset['base'] ?? '/') + searchAppPath(ui.dataset['lang'] ?? document.documentElement.lang);
  script.addEventListener('error', () => {
    const status = ui.querySelector('[data-search-status]');
    if (status) status.textContent = ui.dataset['failed'] ?? '';
  });
  document.head.append(script);
}

if (ui) {
  // Enter before the app has loaded: keep the words here, and let the app search them once loaded.
  ui.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    load(ui);
  });
  ui.hidden = false;
  if (new URLSearchParams(location.search).get('q')) load(ui);
  else ui.addEventListener('focusin', () => load(ui), { once: true });
}

export {};
