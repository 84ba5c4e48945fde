/**
 * On the search page only: shows the form (hidden without JavaScript, where the list of all pages
 * serves instead) and loads search when the reader turns to it, or at once for `?q=`.
 */
const page = document.querySelector<HTMLElement>('[data-search-page]');
const ui = page?.querySelector<HTMLElement>('[data-search-ui]');

function start(page: HTMLElement, ui: HTMLElement) {
  ui.removeAttribute('hidden');
  const load = () => void window.loadSearchApp?.().then(({ enhanceSearchPage }) => enhanceSearchPage(page));
  if (new URLSearchParams(location.search).get('q')) load();
  else ui.addEventListener('focusin', load, { once: true });
}

// The site script, which defines loadSearchApp, runs after this one: module scripts run in page
// order, and all of them have run when DOMContentLoaded fires.
if (page && ui) {
  if (document.readyState === 'complete') start(page, ui);
  else document.addEventListener('DOMContentLoaded', () => start(page, ui));
}

export {};
