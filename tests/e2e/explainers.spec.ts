import { expect, test } from '@playwright/test';
import { readEntries } from '../support/readEntries';

interface ExplainerFrontmatter {
  title: string;
  keyPoints: string[];
  sources: { url: string }[];
}

for (const lang of ['kk', 'ru', 'en'] as const) {
  for (const { slug, data } of readEntries<ExplainerFrontmatter>('explainers', lang)) {
    test(`/${lang}/risk-factors/${slug}/ opens with three key points and cites its sources`, async ({ page }) => {
      await page.goto(`/${lang}/risk-factors/${slug}/`);
      await expect(page.locator('[data-key-points] li')).toHaveCount(3);
      const cited = await page
        .locator('[data-sources] a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(cited).toEqual(data.sources.map((source) => source.url));
      await expect(page.locator('[data-article-meta]')).toContainText(/\d/);
    });
  }

  test(`/${lang}/risk-factors/risk-factors/ shows the three groups as text, not a picture`, async ({ page }) => {
    await page.goto(`/${lang}/risk-factors/risk-factors/`);
    const diagram = page.locator('figure[data-risk-diagram]');
    await expect(diagram.locator('figcaption')).not.toBeEmpty();
    await expect(diagram.locator('ul')).toHaveCount(3);
    expect(await diagram.locator('li').count()).toBeGreaterThanOrEqual(15);
    await expect(diagram.locator('img, svg, canvas')).toHaveCount(0);
  });
}
