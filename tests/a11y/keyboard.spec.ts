import { expect, test } from '@playwright/test';
import { onePagePerTemplate, sitePages } from '../support/sitePages';

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/kk/stories/nazira-zhurgenbayeva/');
  await page.keyboard.press('Tab');
  const skip = page.locator(':focus');
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveId('main-content');
  await page.keyboard.press('Tab');
  const next = await page.locator(':focus').evaluate((element) => element.closest('main') !== null);
  expect(next).toBe(true);
});

/*
 * The walk depends on markup, which a template draws the same in every language and for every
 * entry, so it runs once per template (src/pages route). Every page's first two Tab stops (skip
 * link, exit control) are checked on its one load in tests/e2e/every-page.spec.ts.
 */
for (const path of onePagePerTemplate(sitePages())) {
  test(`${path}: Tab reaches every interactive element, each visibly focused`, async ({ page }) => {
    await page.goto(path);
    const interactive = await page
      .locator('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')
      .evaluateAll((elements) => {
        // Tab stops once per group of radio buttons (arrow keys move within it), so a group counts once.
        const radioGroups = new Set<string>();
        return elements.filter((element) => {
          if (element instanceof HTMLInputElement && element.type === 'radio') {
            if (radioGroups.has(element.name)) return false;
            radioGroups.add(element.name);
          }
          return (element as HTMLElement).offsetParent !== null || element.getAttribute('href')?.startsWith('#');
        }).length;
      });
    const reached = new Set<string>();
    for (let index = 0; index < interactive + 2; index += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const rect = element.getBoundingClientRect();
        return {
          key: `${element.tagName}|${element.getAttribute('href') ?? ''}|${element.textContent?.trim().slice(0, 40) ?? ''}|${Math.round(rect.top + window.scrollY)}`,
          visible: rect.width > 0 && rect.height > 0,
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!focused) continue;
      expect(focused.visible, `${focused.key} is focused but not visible`).toBe(true);
      expect(focused.ring, `${focused.key} has no visible focus ring`).toBe(true);
      reached.add(focused.key);
    }
    expect(reached.size).toBeGreaterThanOrEqual(interactive);
  });
}
