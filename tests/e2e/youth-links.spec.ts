import { expect, test } from '@playwright/test';

/* The page for young people is reachable from the home page, the help page and the help strip. */
for (const lang of ['kk', 'ru', 'en'] as const) {
  const target = `/${lang}/young-people/`;

  test(`/${lang}/ has an entry for young people as prominent as the main sections`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const entry = page.locator('[data-youth-entry]');
    await expect(entry.locator('h2 a')).toHaveAttribute('href', target);
    await expect(entry.locator(`a[href="/${lang}/young-people/check-an-offer/"]`)).toBeVisible();
    // Same heading level and at least the size of the stories card heading, placed before it.
    const storiesHeading = page.locator(`main h2:has(a[href="/${lang}/stories/"])`);
    const [youthSize, storiesSize] = await Promise.all(
      [entry.locator('h2'), storiesHeading].map((heading) =>
        heading.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize)),
      ),
    );
    expect(youthSize).toBeGreaterThanOrEqual(storiesSize!);
    const youthTop = (await entry.boundingBox())!.y;
    expect(youthTop).toBeLessThan((await storiesHeading.boundingBox())!.y);
    await entry.locator('h2 a').click();
    await expect(page).toHaveURL(target);
  });

  test(`/${lang}/help/ links to the page for young people and to what happens after a call`, async ({ page }) => {
    await page.goto(`/${lang}/help/`);
    await page.locator(`[data-help-after-call] a[href="/${lang}/after-you-call/"]`).click();
    await expect(page).toHaveURL(`/${lang}/after-you-call/`);
    await page.goto(`/${lang}/help/`);
    await page.locator(`[data-help-youth] a[href="${target}"]`).click();
    await expect(page).toHaveURL(target);
  });

  test(`the help strip links to the page for young people next to “all numbers” (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/stories/`);
    const strip = page.locator('[data-help-strip]');
    await expect(strip.locator(`a[href="/${lang}/help/"]`)).toBeVisible();
    await strip.locator(`a[href="${target}"]`).click();
    await expect(page).toHaveURL(target);
    // The page for young people gives 111 and 112 in its own text, not only in the strip.
    await expect(page.locator('main a[href="tel:111"]').first()).toBeVisible();
    await expect(page.locator('main a[href="tel:112"]').first()).toBeVisible();
  });
}
