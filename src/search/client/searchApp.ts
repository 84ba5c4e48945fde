import { SEARCH_OPEN_EVENT } from '~/search/client/searchEvents';
import { activateSearchUi } from '~/search/client/searchUi';

/*
 * Everything search does once the reader asks for it: one lazily loaded module, no shared chunks,
 * added by the launcher. On load it enhances the search page, if this is it, and opens the dialog
 * whenever the launcher asks (SEARCH_OPEN_EVENT).
 */

let dialog: HTMLDialogElement | undefined;

/** The dialog's markup in the reader's language, from `<lang>/search/dialog.json` beside the search page. */
async function fetchDialog(searchPage: string): Promise<HTMLDialogElement | undefined> {
  const response = await fetch(new URL('dialog.json', searchPage));
  if (!response.ok) throw new Error(`search dialog: ${response.status}`);
  const { html } = (await response.json()) as { html: string };
  const template = document.createElement('template');
  template.innerHTML = html;
  const created = template.content.firstElementChild;
  return created instanceof HTMLDialogElement ? created : undefined;
}

/**
 * Opens the search dialog (fetched on first use). The native modal dialog keeps focus inside
 * and closes with Escape; focus then returns to what opened it.
 */
async function openSearchDialog(opener: HTMLAnchorElement): Promise<void> {
  if (!dialog) {
    const created = await fetchDialog(opener.href);
    if (!created) throw new Error('search dialog: no <dialog>');
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
function enhanceSearchPage(page: HTMLElement): void {
  const ui = page.querySelector<HTMLElement>('[data-search-ui]');
  if (!ui) return;
  const { run } = activateSearchUi(ui);
  const params = new URLSearchParams(location.search);
  const query = params.get('q');
  // Words typed before this app had loaded (the page's script kept them from being sent).
  const typed = ui.querySelector<HTMLInputElement>('input[data-search-query]')?.value;
  if (query) run(query, params.get('type') ?? '');
  else if (typed) run(typed, ui.querySelector<HTMLSelectElement>('select[data-search-type]')?.value ?? '');
}

const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) enhanceSearchPage(page);
document.addEventListener(SEARCH_OPEN_EVENT, (event) => {
  const opener = event.target;
  // If the dialog cannot be built, the search page still lists every page.
  if (opener instanceof HTMLAnchorElement) openSearchDialog(opener).catch(() => location.assign(opener.href));
});
