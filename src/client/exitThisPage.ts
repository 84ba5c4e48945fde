/*
 * "Exit this page" (after GOV.UK Frontend's component): replaces this page with a neutral site, so
 * that Back does not return here, on a click or tap on any [data-exit-link], a middle-click, or
 * Shift pressed three times within five seconds.
 *
 * Part of the classic script every page runs in <head> (client/site.ts): it runs before the page
 * is drawn, so Exit works from the first paint, while other scripts are still loading on a slow
 * phone. It listens on the document in the capture phase, so it needs no element to exist yet and
 * nothing can stop it: not a modal dialog making the page behind it inert, not focus in a field.
 * Without JavaScript the control is a plain link to the same site.
 */
const LINK = '[data-exit-link]';
let presses = 0;
let lastKeyWasModified = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Says the exit bar's `data-<key>` text in its live region; nothing when `key` is empty. */
function announce(key = '') {
  const bar = document.querySelector('[data-exit-this-page]');
  const status = bar?.querySelector('[data-exit-status]');
  if (status) status.textContent = (key && bar?.getAttribute(`data-${key}`)) || '';
}

function exit(event: Event) {
  const link = document.querySelector<HTMLAnchorElement>(LINK);
  if (!link) return;
  event.preventDefault();
  announce('announcement');
  document.documentElement.style.visibility = 'hidden';
  location.replace(link.href);
}

/** Whether the pointer is on an exit link, also one a modal dialog made inert (the tap then lands on the dialog's backdrop). */
function onExitLink({ target, clientX: x, clientY: y }: MouseEvent): boolean {
  const element = target as Element;
  if (element.closest?.(LINK)) return true;
  return (
    element.localName === 'dialog' &&
    [...document.querySelectorAll(LINK)].some((link) => {
      const box = link.getBoundingClientRect();
      return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
    })
  );
}

document.addEventListener('click', (event) => onExitLink(event) && exit(event), true);
// A middle-click would open the neutral site in a new tab and leave this one here.
document.addEventListener('auxclick', (event) => event.button === 1 && onExitLink(event) && exit(event), true);
document.addEventListener(
  'keyup',
  (event) => {
    // A Shift let go after typing a capital letter is not a press (GOV.UK's guard).
    const counts = event.key === 'Shift' && !lastKeyWasModified;
    lastKeyWasModified = event.shiftKey;
    if (!counts) {
      if (event.key !== 'Shift') presses = 0;
      return;
    }
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(() => {
      presses = 0;
      announce();
    }, 5000);
    // data-press-1, data-press-2: "press two more", "press one more".
    if (presses < 3) announce(`press-${presses}`);
    else exit(event);
  },
  true,
);

export {};
