import { OFFER_RESULTS, type OfferResult, type OfferSignLevel } from '~/constants';

/**
 * One question of the offer check as the reader left it: its sign level and the answer, if any.
 * A pair, not an object, because it is built in the browser, where every byte of script counts.
 */
export type OfferAnswer = readonly [severity: OfferSignLevel, answer?: 'yes' | 'no' | undefined];

/**
 * The offer check's result: the most serious sign answered "yes", never a count, so that one kept
 * passport weighs more than any number of mild signs. `noSign` when something is answered and
 * nothing is "yes"; `undefined` while nothing is answered. Runs in the browser (client/offerCheck.ts).
 */
export function scoreOffer(answers: readonly OfferAnswer[]): OfferResult | undefined {
  // The rank in OFFER_RESULTS of the strongest answer so far; -1 (no result) while none is answered.
  let strongest = -1;
  for (const [severity, answer] of answers)
    if (answer) strongest = Math.max(strongest, OFFER_RESULTS.indexOf(answer === 'yes' ? severity : 'noSign'));
  return OFFER_RESULTS[strongest];
}
