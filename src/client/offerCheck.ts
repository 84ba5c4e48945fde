/**
 * The offer check with JavaScript: shows the advice for the most serious sign answered "yes"
 * (utils/scoreOffer.ts), with the lines to call. The level of each question is on the page
 * (`data-offer-sign`), so a new question or language needs no code. Nothing is stored or sent;
 * the answers are cleared when the page is left and when it returns from the back/forward cache.
 * Kept tiny: with the site script it must stay within the 2.5 KiB script budget.
 */
import type { OfferSignLevel } from '~/constants';
import { scoreOffer } from '~/utils/scoreOffer';

const form = document.querySelector<HTMLFormElement>('[data-offer-check]');
const result = form?.querySelector<HTMLElement>('[data-offer-result]');

if (form && result) {
  const update = () => {
    const score = scoreOffer(
      [...form.querySelectorAll<HTMLElement>('[data-offer-sign]')].map((question) => [
        question.dataset['offerSign'] as OfferSignLevel,
        question.querySelector<HTMLInputElement>(':checked')?.value as 'yes' | 'no' | undefined,
      ]),
    );
    result.hidden = !score;
    for (const advice of result.querySelectorAll<HTMLElement>('[data-offer-advice]'))
      advice.hidden = advice.dataset['offerAdvice'] !== score;
  };
  const clear = () => {
    form.reset();
    update();
  };
  // Properties rather than addEventListener: the form is ours alone, and the bytes count.
  form.onchange = update;
  // The reset event fires before the fields are cleared.
  form.onreset = () => setTimeout(update);
  addEventListener('pagehide', clear);
  addEventListener('pageshow', (event) => event.persisted && clear());
}

export {};
