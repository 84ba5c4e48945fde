/**
 * The teachers' filters are links to static pages (they work without JavaScript). With it, a
 * click swaps in the filtered list without reloading, keeps the address (Back reloads the
 * previous filter), and puts focus on the chosen filter.
 */
const root = document.querySelector<HTMLElement>('[data-teachers-index]');

root?.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('[data-lesson-filters] a');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  void fetch(link.href)
    .then((response) => response.text())
    .then((html) => {
      const page = new DOMParser().parseFromString(html, 'text/html');
      root.replaceChildren(...(page.querySelector('[data-teachers-index]')?.childNodes ?? []));
      document.title = page.title;
      history.pushState(null, '', link.href);
      root.querySelector<HTMLElement>('[aria-current="page"]')?.focus();
    })
    .catch(() => location.assign(link.href));
});
window.addEventListener('popstate', () => location.reload());

export {};
