import { expect, test } from '@playwright/test';
import { readEntries } from '../support/readEntries';

interface StoryFrontmatter {
  title: string;
  order: number;
  person: { name: string; role: string; organisation: string; place: string };
}

const CREDIT_AUTHOR = { kk: 'Мари Романова', ru: 'Мари Романовой', en: 'Mari Romanova' };
const FUNDING = {
  kk: 'АҚШ Мемлекеттік департаментінің',
  ru: 'Государственного департамента США',
  en: 'US State Department',
};

for (const lang of ['kk', 'ru', 'en'] as const) {
  const stories = readEntries<StoryFrontmatter>('stories', lang);

  for (const { slug, data } of stories) {
    test(`/${lang}/stories/${slug}/ names the person, credits the article and states its funding`, async ({ page }) => {
      await page.goto(`/${lang}/stories/${slug}/`);
      await expect(page.locator('h1')).toHaveText(data.title);
      const card = page.locator('[data-person-card]');
      for (const field of [data.person.name, data.person.role, data.person.organisation, data.person.place]) {
        await expect(card).toContainText(field);
      }
      const credit = page.locator('[data-source-credit]');
      await expect(credit).toContainText(CREDIT_AUTHOR[lang]);
      await expect(credit).toContainText('KATCH');
      await expect(credit).toContainText(FUNDING[lang]);
      await expect(page.locator('main figure blockquote')).toHaveCount(1);
      await expect(page.locator('[data-article-meta]')).toContainText(/\d/);
      await expect(page.locator(`a[href="/${lang}/help/"]`).first()).toBeVisible();
      await expect(page.locator(`a[href="/${lang}/risk-factors/risk-factors/"]`).first()).toBeVisible();
    });
  }

  test(`/${lang}/stories/ lists the stories in their fixed order`, async ({ page }) => {
    await page.goto(`/${lang}/stories/`);
    const expected = [...stories].sort((a, b) => a.data.order - b.data.order).map((story) => story.data.person.name);
    await expect(page.locator('[data-story-cards] h2')).toHaveText(expected);
  });

  test(`/${lang}/: Svetlana Koshelekova's path is an ordered list of dated steps`, async ({ page }) => {
    await page.goto(`/${lang}/stories/svetlana-koshelekova/`);
    const timeline = page.locator('ol[data-timeline]');
    await expect(timeline).toHaveCount(1);
    const years = await timeline
      .locator('li time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(years.length).toBeGreaterThanOrEqual(5);
    expect([...years].sort()).toEqual(years);
  });
}

test('every glossary link in the content leads to a term on the glossary page', async ({ page }) => {
  for (const lang of ['kk', 'ru', 'en']) {
    await page.goto(`/${lang}/glossary/`);
    const anchors = new Set(
      await page.locator('[data-glossary] > div[id]').evaluateAll((terms) => terms.map((term) => term.id)),
    );
    expect(anchors.size).toBeGreaterThanOrEqual(25);
    for (const path of [`/${lang}/stories/nazira-zhurgenbayeva/`, `/${lang}/stories/svetlana-koshelekova/`]) {
      await page.goto(path);
      const targets = await page
        .locator(`main a[href^="/${lang}/glossary/#"]`)
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')?.split('#')[1] ?? ''));
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) expect(anchors, `${path} → #${target}`).toContain(target);
    }
  }
});
