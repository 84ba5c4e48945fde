/**
 * The teachers' filters are links to static pages (they work without JavaScript). With it, a
 * click swaps in the filtered list without reloading the page, keeps the address and Back
 * working, and puts focus on the chosen filter.
 */
const root = document.querySelector<HTMLElement>('[data-teachers-index]');

async function show(url: string, push: boolean) {
  const response = await fetch(url).catch(() => undefined);
  const page = response?.ok ? new DOMParser().parseFromString(await response.text(), 'text/html') : undefined;
  const next = page?.querySelector('[data-teachers-index]');
  if (!root || !page || !next) {
    location.href = url;
    return;
  }
  root.replaceChildren(...next.childNodes);
  document.title = page.title;
  if (push) history.pushState(null, '', url);
  root.querySelector<HTMLElement>('[data-lesson-filters] [aria-current="page"]')?.focus();
}

if (root) {
  root.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('[data-lesson-filters] a');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void show(link.href, true);
  });
  window.addEventListener('popstate', () => void show(location.href, false));
}

export {};
