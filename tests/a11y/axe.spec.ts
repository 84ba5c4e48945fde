import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AXE_TAGS } from '../support/axeTags';
import { EMBED_PAGES, sitePages } from '../support/sitePages';

for (const path of [...sitePages(), ...EMBED_PAGES]) {
  test(`${path} has no axe violations in light or dark mode`, async ({ page }) => {
    await page.goto(path);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const summary = results.violations.map((violation) => ({
        rule: violation.id,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
      expect(summary, colorScheme).toEqual([]);
    }
  });
}
