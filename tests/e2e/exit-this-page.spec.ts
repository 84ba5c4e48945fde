import { expect, test, type Page } from '@playwright/test';

const EXIT_URL = 'https://www.gismeteo.kz/';

/** The neutral site is not reachable from the test machine: answer for it locally. */
async function stubNeutralSite(page: Page) {
  await page.route(`${EXIT_URL}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' }),
  );
}

test('clicking Exit this page replaces the page, so Back does not return to it', async ({ page }) => {
  await stubNeutralSite(page);
  await page.goto('/en/');
  await page.goto('/en/help/');
  await page.getByRole('link', { name: 'Exit this page' }).click();
  await expect(page).toHaveURL(EXIT_URL);
  await page.goBack();
  await expect(page).toHaveURL('/en/');
});

test('pressing Shift three times leaves the site and announces it', async ({ page }) => {
  await stubNeutralSite(page);
  await page.goto('/kk/');
  await page.goto('/kk/stories/');
  const status = page.locator('[data-exit-status]');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Шығу үшін Shift пернесін тағы екі рет басыңыз');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Шығу үшін Shift пернесін тағы бір рет басыңыз');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(EXIT_URL);
  await page.goBack();
  await expect(page).toHaveURL('/kk/');
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

test('without JavaScript the exit control is a plain link that leaves the site', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await stubNeutralSite(page);
  await page.goto('/ru/');
  await page.getByRole('link', { name: 'Покинуть эту страницу' }).click();
  await expect(page).toHaveURL(EXIT_URL);
  await context.close();
});
