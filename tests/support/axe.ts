import type { Page } from '@playwright/test';
import axe from 'axe-core';

/** WCAG 2.0–2.2 A and AA, plus axe's best practices. No rule is disabled anywhere. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One axe violation: the rule and the elements that break it. */
export interface AxeViolation {
  rule: string;
  targets: string[];
}

/**
 * The page's axe violations as it is now (AXE_TAGS); an empty list when it passes.
 *
 * axe-core runs directly in the page rather than through @axe-core/playwright's AxeBuilder: each
 * AxeBuilder `analyze()` evaluates axe's 560 KB source again (twice in its legacy mode) and by
 * default merges the results in a second, blank page (dequelabs/axe-core-npm#340). Here that was
 * 2.4 s per check against 0.25 s for axe's own run, and every page is checked twice (light and
 * dark). The site's pages have no frames, which is what the second page is for; a page with one
 * is refused rather than half-checked.
 *
 * `colour` runs only the rules about colour (axe's `cat.color`: contrast, links told apart from
 * text): for the dark-mode pass, since dark mode changes colour tokens and nothing else
 * (tests/gates/dark-mode.test.ts), so every other rule gives the same answer as in light mode.
 */
export async function axeViolations(page: Page, only: 'all' | 'colour' = 'all'): Promise<AxeViolation[]> {
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames, which axeViolations does not check`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ tags, only }) => {
      const { axe: inPage } = window as unknown as { axe: typeof axe };
      // By tag, axe leaves out its experimental rules; a list of rule ids would run them too.
      const colourRules = inPage
        .getRules(tags)
        .filter((rule) => rule.tags.includes('cat.color') && !rule.tags.includes('experimental'))
        .map((rule) => rule.ruleId);
      const results = await inPage.run(document, {
        runOnly: only === 'all' ? { type: 'tag', values: tags } : { type: 'rule', values: colourRules },
        resultTypes: ['violations'],
      });
      return results.violations.map((violation) => ({
        rule: violation.id,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    },
    { tags: AXE_TAGS, only },
  );
}
