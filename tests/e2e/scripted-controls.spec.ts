import { expect, test } from '@playwright/test';

/*
 * The print button and the exit hint need JavaScript. They are in the layout from the first
 * paint (so nothing shifts when the script runs: Lighthouse CLS 0) and hidden only where
 * scripting is off.
 */
const LESSON = '/en/teachers/recognising-risk/';

test('the print button and the exit hint are laid out before any script runs', async ({ page }) => {
  // Scripting on, but the site's scripts never arrive: what the first paint shows.
  await page.route('**/*.js', (route) => route.abort());
  await page.goto(LESSON);
  await expect(page.locator('[data-print-button]').first()).toBeVisible();
  await expect(page.locator('[data-exit-hint]')).toBeVisible();
});

test('without scripting, the print button and the exit hint are not shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(LESSON);
  await expect(page.locator('[data-print-button]')).not.toHaveCount(0);
  for (const control of await page.locator('[data-print-button], [data-exit-hint]').all())
    await expect(control).toBeHidden();
  await context.close();
});
