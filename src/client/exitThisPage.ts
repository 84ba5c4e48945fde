/**
 * "Exit this page" (after GOV.UK Frontend): replaces this page with a neutral site so that Back
 * does not return here, on a click or on Shift pressed three times within five seconds.
 * Without JavaScript the control is a plain link to the same site.
 */
const root = document.querySelector<HTMLElement>('[data-exit-this-page]');
const link = root?.querySelector<HTMLAnchorElement>('[data-exit-link]');
const status = root?.querySelector<HTMLElement>('[data-exit-status]');

if (root && link && status) {
  let presses = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const announce = (text = '') => {
    status.textContent = text;
  };
  const exit = (event?: Event) => {
    event?.preventDefault();
    announce(root.dataset['announcement']);
    document.body.style.visibility = 'hidden';
    window.location.replace(link.href);
  };

  link.addEventListener('click', exit);
  document.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift') {
      presses = 0;
      return;
    }
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(() => {
      presses = 0;
      announce();
    }, 5000);
    if (presses === 1) announce(root.dataset['pressTwoMore']);
    if (presses === 2) announce(root.dataset['pressOneMore']);
    if (presses >= 3) exit();
  });
}

export {};
