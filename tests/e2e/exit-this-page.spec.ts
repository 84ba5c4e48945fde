import { devices, expect, test, type Locator, type Page } from '@playwright/test';
import { EXIT_URL } from '../../src/constants';

/*
 * Exit this page in every state a reader can reach, on a phone-sized screen, by touch and by
 * mouse: one tap or click leaves for the neutral site and replaces this page in the history, so
 * that Back goes to the page before. Shift three times does the same from anywhere.
 */
const { defaultBrowserType: _browser, ...PHONE } = devices['Pixel 7'];

/** The neutral site is not reachable from the test machine: answer for it locally. */
async function stubNeutralSite(page: Page) {
  await page.route(`${EXIT_URL}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' }),
  );
}

/** Opens `path` after `before`, so that Back from the neutral site shows whether `path` was replaced. */
async function visit(page: Page, path: string, before = '/kk/about/') {
  await stubNeutralSite(page);
  await page.goto(before);
  await page.goto(path);
}

/** The neutral site is showing, and Back skips the page that was left. */
async function expectLeftWithoutTrace(page: Page, before = '/kk/about/') {
  await expect(page).toHaveURL(EXIT_URL);
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(before);
}

/** The page's own exit control (in the exit bar). */
const exitBar = (page: Page) => page.locator('[data-exit-this-page] [data-exit-link]');

const press = {
  tap: (target: Locator) => target.tap(),
  click: (target: Locator) => target.click(),
};

test.describe('on a phone', () => {
  test.use(PHONE);

  for (const [how, act] of Object.entries(press)) {
    test(`${how}: Exit leaves from an ordinary page`, async ({ page }) => {
      await visit(page, '/kk/help/');
      await act(exitBar(page));
      await expectLeftWithoutTrace(page);
    });

    test(`${how}: Exit leaves with the search dialog open, from the dialog's own Exit`, async ({ page }) => {
      await visit(page, '/ru/stories/');
      await page.locator('[data-search-open]').click();
      const dialog = page.locator('dialog[open]');
      await expect(dialog).toBeVisible();
      await act(dialog.locator('[data-exit-link]'));
      await expectLeftWithoutTrace(page);
    });

    test(`${how}: Exit leaves with the search dialog open, from the dimmed Exit behind it`, async ({ page }) => {
      await visit(page, '/en/');
      await page.locator('[data-search-open]').click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      // The bar is inert behind the modal dialog: the tap lands on the backdrop where Exit shows.
      const box = await exitBar(page).boundingBox();
      if (!box) throw new Error('the exit bar is not on screen');
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      if (how === 'tap') await page.touchscreen.tap(x, y);
      else await page.mouse.click(x, y);
      await expectLeftWithoutTrace(page);
    });

    test(`${how}: Exit leaves with the menu open`, async ({ page }) => {
      await visit(page, '/uz/stories/');
      await act(page.locator('[data-menu-button]'));
      await expect(page.locator('[data-site-menu]')).toBeVisible();
      await act(exitBar(page));
      await expectLeftWithoutTrace(page);
    });

    test(`${how}: Exit leaves with the offer check half answered`, async ({ page }) => {
      await visit(page, '/uz/young-people/check-an-offer/');
      await page.locator('[data-offer-check] input[type="radio"]').first().check();
      await act(exitBar(page));
      await expectLeftWithoutTrace(page);
    });

    test(`${how}: Exit leaves while the page's other scripts are still loading`, async ({ page }) => {
      await stubNeutralSite(page);
      await page.goto('/kk/about/');
      // Hold every module script: on a slow phone they can arrive long after the page shows.
      await page.route('**/_astro/*.js', () => new Promise(() => {}));
      // DOMContentLoaded waits for module scripts: take the page as soon as it shows.
      await page.goto('/kk/stories/', { waitUntil: 'commit' });
      await expect(exitBar(page)).toBeVisible();
      await act(exitBar(page));
      await expectLeftWithoutTrace(page);
    });
  }

  test('the Shift hint is not shown on a touch screen', async ({ page }) => {
    await page.goto('/kk/');
    await expect(page.locator('[data-exit-hint]')).toBeHidden();
  });
});

test.describe('with a keyboard', () => {
  test('the Shift hint shows where a keyboard is likely', async ({ page }) => {
    await page.goto('/kk/');
    await expect(page.locator('[data-exit-hint]')).toBeVisible();
  });

  test('pressing Shift three times leaves the site and announces it', async ({ page }) => {
    await visit(page, '/kk/stories/');
    const status = page.locator('[data-exit-status]');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Шығу үшін Shift пернесін тағы екі рет басыңыз');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Шығу үшін Shift пернесін тағы бір рет басыңыз');
    await page.keyboard.press('Shift');
    await expectLeftWithoutTrace(page);
  });

  test('Shift three times works with focus in the open search dialog', async ({ page }) => {
    await visit(page, '/en/help/');
    await page.keyboard.press('/');
    await expect(page.locator('dialog[open] input[type="search"]')).toBeFocused();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await expectLeftWithoutTrace(page);
  });

  test('Shift three times works with focus inside the open menu', async ({ page }) => {
    // The section links wait behind the Menu button on a phone-sized screen only.
    await page.setViewportSize({ width: 390, height: 844 });
    await visit(page, '/kk/help/');
    await page.locator('[data-menu-button]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-site-menu] a').first()).toBeFocused();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await expectLeftWithoutTrace(page);
  });

  test('Shift three times works with focus in the offer check', async ({ page }) => {
    await visit(page, '/ru/young-people/check-an-offer/');
    await page.locator('[data-offer-check] input[type="radio"]').first().focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await expectLeftWithoutTrace(page);
  });

  test('another key between Shift presses starts the count again', async ({ page }) => {
    await page.goto('/ru/');
    const status = page.locator('[data-exit-status]');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Чтобы выйти, нажмите Shift ещё раз');
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    // Counted from one again: two more presses needed, and the page is still here.
    await expect(status).toHaveText('Чтобы выйти, нажмите Shift ещё два раза');
    await expect(page).toHaveURL('/ru/');
  });

  test('a Shift let go after typing capital letters is not a press', async ({ page }) => {
    await page.goto('/en/search/');
    const field = page.locator('[data-search-page] input[data-search-query]');
    await field.focus();
    // Three capitals typed with Shift held: three Shift releases, none of them a press.
    for (const letter of ['A', 'B', 'C']) {
      await page.keyboard.down('Shift');
      await page.keyboard.press(letter);
      await page.keyboard.up('Shift');
    }
    await expect(field).toHaveValue('ABC');
    await expect(page).toHaveURL('/en/search/');
  });

  test('a middle-click on Exit takes this tab away too, and opens no other', async ({ page, context }) => {
    await visit(page, '/kk/help/');
    await exitBar(page).click({ button: 'middle' });
    await expectLeftWithoutTrace(page);
    expect(context.pages()).toHaveLength(1);
  });
});

test('without JavaScript the exit control is a plain link that leaves the site', async ({ browser }) => {
  // No script can replace the history entry: the browsing-safely page says Back returns here.
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await stubNeutralSite(page);
  await page.goto('/ru/');
  await page.getByRole('link', { name: 'Покинуть эту страницу' }).tap();
  await expect(page).toHaveURL(EXIT_URL);
  await context.close();
});
