/**
 * On the search page only: shows the form (hidden without JavaScript, where the list of all pages
 * serves instead) and loads search when the reader turns to it, or at once for `?q=`.
 */
const page = document.querySelector<HTMLElement>('[data-search-page]');
const ui = page?.querySelector<HTMLElement>('[data-search-ui]');

if (page && ui) {
  ui.removeAttribute('hidden');
  const load = () => void window.loadSearchApp?.().then(({ enhanceSearchPage }) => enhanceSearchPage(page));
  if (new URLSearchParams(location.search).get('q')) load();
  else ui.addEventListener('focusin', load, { once: true });
}

export {};
