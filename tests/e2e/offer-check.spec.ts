import { expect, test, type Page } from '@playwright/test';
import { getDocumentProxy, extractText } from 'unpdf';
import { SERVED_ORIGIN } from '../support/ports';
import { LOCALES } from '../../src/i18n/locales';
import type { OfferResult } from '../../src/constants';
import { readEntries } from '../support/readEntries';

interface OfferCheckFrontmatter {
  offerCheck: {
    questions: { question: string; why: string; severity: 'caution' | 'serious' }[];
    results: Record<OfferResult, { label: string; text: string }>;
    disclaimer: string;
  };
}

// Every language has the offer check: a language without its content file fails here, not silently.
const LANGS = LOCALES;
const checkOf = (lang: string) =>
  readEntries<OfferCheckFrontmatter>('youth', lang).find(({ slug }) => slug === 'check-an-offer')!.data.offerCheck;
const pathOf = (lang: string) => `/${lang}/young-people/check-an-offer/`;

/*
 * The questions are in the same order, with the same severity, in every language
 * (tests/content/offer-check.test.ts), so the English words find a question for all of them.
 */
const PASSPORT = checkOf('en').questions.findIndex(({ question }) => /passport or ID card/.test(question));
/** The lines every result names (`offerCheck` in content/hotline-placements.yaml), as their tel: links. */
const LINES = ['tel:111', 'tel:112'];

/** Answers question `index` (0-based). */
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

/** The live result shows exactly this advice, and names every line to call. */
async function expectResult(page: Page, text: string) {
  const result = page.locator('[data-offer-result]');
  await expect(result).toBeVisible();
  await expect(result.locator('[data-offer-advice]:visible')).toHaveCount(1);
  await expect(result.locator('[data-offer-advice]:visible')).toHaveText(text);
  for (const href of LINES) await expect(result.locator(`[data-offer-lines] a[href="${href}"]`)).toBeVisible();
}

test('the passport question is serious in the check (the cases below rely on it)', () => {
  expect(PASSPORT).toBeGreaterThanOrEqual(0);
  expect(checkOf('en').questions[PASSPORT]!.severity).toBe('serious');
});

for (const lang of LANGS) {
  const check = checkOf(lang);
  const serious = check.questions.flatMap(({ severity }, index) => (severity === 'serious' ? [index] : []));
  const mild = check.questions.flatMap(({ severity }, index) => (severity === 'caution' ? [index] : []));

  test(`${pathOf(lang)} is a readable checklist without JavaScript, with a key that follows the most serious sign, and prints on one A4 page`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathOf(lang));
    await expect(page.locator('[data-offer-check] fieldset')).toHaveCount(check.questions.length);
    for (const { question, why } of check.questions) {
      await expect(page.locator('[data-offer-check] legend', { hasText: question })).toBeVisible();
      await expect(page.locator('[data-offer-check] fieldset p', { hasText: why })).toBeVisible();
    }
    // Exactly the serious questions carry the ⚠ mark the key refers to.
    const marked = page.locator('[data-offer-check] fieldset:has([data-offer-serious-mark])');
    await expect(marked).toHaveCount(serious.length);
    for (const index of serious)
      await expect(marked.filter({ hasText: check.questions[index]!.question })).toHaveCount(1);

    // The key: the strongest result first, each with its rule; then the lines to call.
    const key = page.locator('[data-offer-key]');
    await expect(key.locator('[data-offer-band]')).toHaveText(
      (['serious', 'caution', 'noSign'] as const).map(
        (result) => check.results[result].label + check.results[result].text,
      ),
    );
    await expect(key.locator('[data-offer-band="serious"] dt')).toContainText('⚠');
    for (const href of LINES) await expect(key.locator(`[data-offer-lines] a[href="${href}"]`)).toBeVisible();
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
    expect(printed).toContain(check.results.serious.label.slice(0, 30));
    expect(printed).toContain(check.disclaimer.slice(0, 30));
    expect(printed).toMatch(/\b111\b/);
    await context.close();
  });

  test(`${pathOf(lang)} follows the most serious sign, not a count, and names the lines with every result`, async ({
    page,
    context,
  }) => {
    await page.goto(pathOf(lang));
    const requests = watchRequests(page);
    const result = page.locator('[data-offer-result]');
    await expect(result).toBeHidden();

    // A kept passport alone, every other answer "no": the strongest result.
    for (let index = 0; index < check.questions.length; index++)
      await answer(page, index, index === PASSPORT ? 'yes' : 'no');
    await expectResult(page, check.results.serious.text);

    // Every mild sign "yes" (more "yes" answers than before) and the passport "no": only caution.
    for (const index of mild) await answer(page, index, 'yes');
    await answer(page, PASSPORT, 'no');
    await expectResult(page, check.results.caution.text);

    // No "yes" at all: what the check cannot know, and still where to ask.
    for (const index of mild) await answer(page, index, 'no');
    await expectResult(page, check.results.noSign.text);

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

test.describe('on a phone, by touch', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap on "yes" for a kept passport alone gives the strongest result; a tap on clear resets it', async ({
    page,
    context,
  }) => {
    const check = checkOf('kk');
    await page.goto(pathOf('kk'));
    const requests = watchRequests(page);
    const passportYes = page.locator(`[data-offer-check] input[name="offer-${PASSPORT + 1}"][value="yes"]`);
    await passportYes.scrollIntoViewIfNeeded();
    await passportYes.tap();
    await expect(passportYes).toBeChecked();
    await expectResult(page, check.results.serious.text);

    const clear = page.locator('[data-offer-check] button[type="reset"]');
    await clear.scrollIntoViewIfNeeded();
    await clear.tap();
    await expect(page.locator('[data-offer-check] input:checked')).toHaveCount(0);
    await expect(page.locator('[data-offer-result]')).toBeHidden();
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(await context.cookies()).toEqual([]);
  });
});

test('the offer check works with the keyboard alone, and Enter sends nothing anywhere', async ({ page }) => {
  const check = checkOf('en');
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
  // Question 1 (pay far above normal) is a mild sign.
  expect(check.questions[0]!.severity).toBe('caution');
  await expectResult(page, check.results.caution.text);

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
  await answer(page, PASSPORT, 'yes');
  await answer(page, 0, 'yes');
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
