/**
 * The offer check with JavaScript: counts the "yes" answers and shows the advice that matches.
 * Every word is already on the page, so a new language needs no code. Nothing is stored or sent;
 * the answers are cleared when the page is left and when it returns from the back/forward cache.
 * Kept tiny: with the site script it must stay within the 2 KiB script budget.
 */
const form = document.querySelector<HTMLFormElement>('[data-offer-check]');
const result = form?.querySelector<HTMLElement>('[data-offer-result]');

if (form && result) {
  const update = () => {
    const yes = form.querySelectorAll('[value=yes]:checked').length;
    result.hidden = !form.querySelector(':checked');
    result.querySelector('[data-offer-yes]')!.textContent = String(yes);
    let match: HTMLElement | undefined;
    for (const advice of result.querySelectorAll<HTMLElement>('[data-offer-from]')) {
      advice.hidden = true;
      if (Number(advice.dataset['offerFrom']) <= yes) match = advice;
    }
    if (match) match.hidden = false;
  };
  const clear = () => {
    form.reset();
    update();
  };
  form.addEventListener('change', update);
  // The reset event fires before the fields are cleared.
  form.addEventListener('reset', () => setTimeout(update));
  addEventListener('pagehide', clear);
  addEventListener('pageshow', (event) => event.persisted && clear());
}

export {};
