/*
 * "Exit this page" (after GOV.UK Frontend's component): replaces this page with a neutral site, so
 * that Back does not return here, on a click or tap on any [data-exit-link], a middle-click, or
 * Shift pressed three times within five seconds.
 *
 * Bundled by integrations/exitScript.ts into a classic script loaded in <head>, not a module: it
 * runs before the page is drawn, so Exit works from the first paint, while the other scripts are
 * still loading on a slow phone. It listens on the
 * document (capture phase), so it needs no element to exist yet and nothing can stop it: not a
 * modal dialog making the page behind it inert, not focus in a field. Without JavaScript the
 * control is a plain link to the same site.
 */
const LINK = '[data-exit-link]';
let presses = 0;
let lastKeyWasModified = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Says `key`'s text (from the exit bar's data attributes) in its live region; nothing when undefined. */
const announce = (key: string | undefined) => {
  const bar = document.querySelector('[data-exit-this-page]');
  const status = bar?.querySelector('[data-exit-status]');
  if (bar instanceof HTMLElement && status) status.textContent = key ? (bar.dataset[key] ?? '') : '';
};

const exit = (event?: Event) => {
  const link = document.querySelector(LINK);
  if (!(link instanceof HTMLAnchorElement)) return;
  event?.preventDefault();
  event?.stopImmediatePropagation();
  announce('announcement');
  document.documentElement.style.visibility = 'hidden';
  window.location.replace(link.href);
};

/** The exit link under the pointer, also when a modal dialog has made it inert (the tap then lands on the backdrop). */
const exitLinkAt = (event: MouseEvent) => {
  const target = event.target instanceof Element ? event.target : null;
  const direct = target?.closest(LINK);
  if (direct) return direct;
  if (!(target instanceof HTMLDialogElement)) return null;
  return [...document.querySelectorAll(LINK)].find((link) => {
    const box = link.getBoundingClientRect();
    return (
      event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom
    );
  });
};

document.addEventListener('click', (event) => exitLinkAt(event) && exit(event), true);
// A middle-click would open the neutral site in a new tab and leave this one here.
document.addEventListener('auxclick', (event) => event.button === 1 && exitLinkAt(event) && exit(event), true);
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
      announce(undefined);
    }, 5000);
    if (presses === 1) announce('pressTwoMore');
    if (presses === 2) announce('pressOneMore');
    if (presses >= 3) exit(event);
  },
  true,
);

export {};
