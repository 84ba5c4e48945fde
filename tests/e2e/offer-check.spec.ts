import { expect, test, type Page } from '@playwright/test';
import { getDocumentProxy, extractText } from 'unpdf';
import { SERVED_ORIGIN } from '../support/ports';
import { LOCALES } from '../../src/i18n/locales';
import { readEntries } from '../support/readEntries';

interface OfferCheckFrontmatter {
  offerCheck: {
    questions: { question: string; why: string }[];
    results: { fromYes: number; label: string; text: string }[];
    disclaimer: string;
  };
}

// Every language has the offer check: a language without its content file fails here, not silently.
const LANGS = LOCALES;
const checkOf = (lang: string) =>
  readEntries<OfferCheckFrontmatter>('youth', lang).find(({ slug }) => slug === 'check-an-offer')!.data.offerCheck;
const pathOf = (lang: string) => `/${lang}/young-people/check-an-offer/`;

/** Answers question `index` (0-based) by clicking its label. */
async function answer(page: Page, index: number, value: 'yes' | 'no') {
  await page.locator(`[data-offer-check] input[name="offer-${index + 1}"][value="${value}"]`).check();
}

/** Every request the page makes from now on, except the favicon the browser fetches by itself. */
function watchRequests(page: Page) {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/favicon.svg')) requests.push(request.url());
  });
  return requests;
}

for (const lang of LANGS) {
  const check = checkOf(lang);

  test(`${pathOf(lang)} is a readable checklist without JavaScript and prints on one A4 page`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathOf(lang));
    await expect(page.locator('[data-offer-check] fieldset')).toHaveCount(check.questions.length);
    for (const { question, why } of check.questions) {
      await expect(page.locator('[data-offer-check] legend', { hasText: question })).toBeVisible();
      await expect(page.locator('[data-offer-check] fieldset p', { hasText: why })).toBeVisible();
    }
    // The key to the answers stands in for the count, on screen and on paper.
    for (const band of check.results) await expect(page.locator('[data-offer-key]')).toContainText(band.text);
    await expect(page.locator('[data-offer-disclaimer]')).toHaveText(check.disclaimer);
    await expect(page.locator('[data-offer-result]')).toBeHidden();
    await expect(page.locator('[data-offer-check]')).toHaveAttribute('autocomplete', 'off');

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const { text } = await extractText(document, { mergePages: true });
    const printed = String(text).replace(/\s+/g, ' ');
    console.log(`print: ${pathOf(lang)} → ${document.numPages} A4 page(s)`);
    expect(document.numPages).toBe(1);
    expect(printed).toContain(check.questions.at(-1)!.question.slice(0, 30));
    expect(printed).toContain(check.disclaimer.slice(0, 30));
    await context.close();
  });

  test(`${pathOf(lang)} counts the answers and shows what to do next with JavaScript`, async ({ page, context }) => {
    await page.goto(pathOf(lang));
    const requests = watchRequests(page);
    const result = page.locator('[data-offer-result]');
    await expect(result).toBeHidden();

    // Three "yes": the band that starts at 3 is shown, and no other.
    for (let index = 0; index < check.questions.length; index++) await answer(page, index, index < 3 ? 'yes' : 'no');
    await expect(result).toBeVisible();
    await expect(result.locator('[data-offer-yes]')).toHaveText('3');
    const many = check.results.findLast((band) => band.fromYes <= 3)!;
    await expect(result.locator('[data-offer-from]:visible')).toHaveCount(1);
    await expect(result.locator('[data-offer-from]:visible')).toHaveText(many.text);
    await expect(page.locator('[data-offer-disclaimer]')).toBeVisible();

    // All "no": the first band, which still tells the reader to check with an adult.
    for (let index = 0; index < 3; index++) await answer(page, index, 'no');
    await expect(result.locator('[data-offer-yes]')).toHaveText('0');
    await expect(result.locator('[data-offer-from]:visible')).toHaveText(check.results[0]!.text);

    // Clearing empties every answer and hides the result.
    await page.locator('[data-offer-check] button[type="reset"]').click();
    await expect(page.locator('[data-offer-check] input:checked')).toHaveCount(0);
    await expect(result).toBeHidden();

    // Nothing stored, sent or put in the address.
    expect(requests).toEqual([]);
    expect(page.url()).toBe(`${SERVED_ORIGIN}${pathOf(lang)}`);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(await context.cookies()).toEqual([]);
  });
}

test('the offer check works with the keyboard alone, and Enter sends nothing anywhere', async ({ page }) => {
  await page.goto(pathOf('en'));
  const requests = watchRequests(page);
  const firstRadio = page.locator('[data-offer-check] input[name="offer-1"][value="yes"]');
  // Tab from the top of the page to the first question.
  for (
    let presses = 0;
    presses < 60 && !(await firstRadio.evaluate((input) => input === document.activeElement));
    presses++
  )
    await page.keyboard.press('Tab');
  await expect(firstRadio).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-offer-check] input[name="offer-2"][value="yes"]')).toBeFocused();
  await page.keyboard.press('Space');
  // Arrow keys move within a question: "no" for question 2.
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-offer-check] input[name="offer-2"][value="no"]')).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-offer-result] [data-offer-yes]')).toHaveText('1');
  await expect(page.locator('[data-offer-result]')).toBeVisible();

  // Tab on to the clear button and press it.
  const clear = page.locator('[data-offer-check] button[type="reset"]');
  for (
    let presses = 0;
    presses < 40 && !(await clear.evaluate((button) => button === document.activeElement));
    presses++
  )
    await page.keyboard.press('Tab');
  await expect(clear).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-offer-check] input:checked')).toHaveCount(0);
  expect(requests).toEqual([]);
  expect(page.url()).toBe(`${SERVED_ORIGIN}${pathOf('en')}`);
});

test('leaving the offer check and coming back shows a clean form', async ({ page }) => {
  await page.addInitScript(() => {
    addEventListener('pageshow', (event) => Object.assign(window, { restoredFromCache: event.persisted }));
  });
  await page.goto(pathOf('ru'));
  await answer(page, 0, 'yes');
  await answer(page, 1, 'yes');
  await expect(page.locator('[data-offer-result]')).toBeVisible();
  await page.locator('main a[href="/ru/young-people/"]').first().click();
  await expect(page).toHaveURL('/ru/young-people/');
  await page.goBack();
  await expect(page).toHaveURL(pathOf('ru'));
  const restored = await page.evaluate(() => (window as unknown as { restoredFromCache?: boolean }).restoredFromCache);
  console.log(`back to the offer check: ${restored ? 'restored from the back/forward cache' : 'loaded again'}`);
  await expect(page.locator('[data-offer-check] input:checked')).toHaveCount(0);
  await expect(page.locator('[data-offer-result]')).toBeHidden();
});
