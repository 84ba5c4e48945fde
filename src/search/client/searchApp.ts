import { activateSearchUi } from '~/search/client/searchUi';

/* Everything search does once the reader asks for it: one lazily loaded module, no shared chunks. */

let dialog: HTMLDialogElement | undefined;

/** The dialog's markup lives on the search page (the opener's target), in the reader's language. */
async function fetchDialogTemplate(searchPage: string): Promise<HTMLTemplateElement | null> {
  const local = document.querySelector<HTMLTemplateElement>('template[data-search-template]');
  if (local) return local;
  const response = await fetch(searchPage);
  if (!response.ok) return null;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  return page.querySelector<HTMLTemplateElement>('template[data-search-template]');
}

/**
 * Opens the search dialog (built from the page's <template> on first use). The native modal
 * dialog keeps focus inside and closes with Escape; focus then returns to what opened it.
 */
export async function openSearchDialog(opener: HTMLAnchorElement): Promise<void> {
  if (!dialog) {
    const template = await fetchDialogTemplate(opener.href);
    const created = template?.content.firstElementChild?.cloneNode(true);
    if (!(created instanceof HTMLDialogElement)) return;
    dialog = created;
    document.body.append(dialog);
    const ui = dialog.querySelector<HTMLElement>('[data-search-ui]');
    if (ui) activateSearchUi(ui);
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog?.close());
    // Escape closes at once, even from a search field that Chromium would first only clear.
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        dialog?.close();
      }
    });
    // A click on the backdrop (outside the dialog's box) closes it too.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }
  const current = dialog;
  current.addEventListener('close', () => opener.focus(), { once: true });
  current.showModal();
  current.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
}

/** The search page: search in place, starting from `?q=` (and `?type=`) when present. */
export function enhanceSearchPage(page: HTMLElement): void {
  const ui = page.querySelector<HTMLElement>('[data-search-ui]');
  if (!ui) return;
  const { run } = activateSearchUi(ui);
  const params = new URLSearchParams(location.search);
  const query = params.get('q');
  if (query) run(query, params.get('type') ?? '');
}

window.searchApp = { openSearchDialog, enhanceSearchPage };
