import { expect, test } from '@playwright/test';
import { getDocumentProxy, extractText } from 'unpdf';
import { LOCALES } from '../../src/i18n/locales';
import { readEntries } from '../support/readEntries';

interface LessonFrontmatter {
  title: string;
  duration: number;
  ages: { min: number; max: number };
  outcome: string;
  starter: string;
  exitCheck: string;
  keywords: string[];
  contentGuidance: string;
  steps: { stage: string; minutes: number }[];
  handout: { tasks: unknown[] };
  parentLetter: { covers: string; atHome: string[] };
}

/**
 * The lesson page may take a few sheets (a short-term plan: header table, stages, differentiation,
 * misconceptions, safeguarding, notes and answer key; 6–7 measured); the handout and the parent
 * letter: one A4 sheet each.
 */
const MAX_LESSON_PAGES = 8;
/** Labels found only in the site navigation (the last menu item), never in lesson text. */
const NAVIGATION_LABELS: Record<(typeof LOCALES)[number], string> = {
  kk: 'ҮЕҰ-ларға',
  ru: 'Для НПО',
  en: 'For NGOs',
  uz: 'Tashkilotlarga',
};

async function printToPdf(page: import('@playwright/test').Page, path: string) {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return { pages: document.numPages, text: String(text).replace(/\s+/g, ' ') };
}

// Every language's handout, Uzbek's too (shown in its fallback language until translated).
for (const lang of LOCALES) {
  for (const { slug } of readEntries<LessonFrontmatter>('lessons', 'kk')) {
    test(`/${lang}/teachers/${slug}/handout/ prints on one A4 sheet`, async ({ page }) => {
      const { pages, text } = await printToPdf(page, `/${lang}/teachers/${slug}/handout/`);
      console.log(`print: /${lang}/teachers/${slug}/handout/ → ${pages} A4 page(s)`);
      expect(pages).toBe(1);
      for (const number of ['112', '102', '111']) expect(text).toContain(number);
      expect(text).not.toContain(NAVIGATION_LABELS[lang]);
    });
  }
}

// Every language's parent letter, with the parentLetter lines (content/hotline-placements.yaml).
for (const lang of LOCALES) {
  for (const { slug } of readEntries<LessonFrontmatter>('lessons', 'kk')) {
    test(`/${lang}/teachers/${slug}/letter/ prints on one A4 sheet, with where families can get help`, async ({
      page,
    }) => {
      const { pages, text } = await printToPdf(page, `/${lang}/teachers/${slug}/letter/`);
      console.log(`print: /${lang}/teachers/${slug}/letter/ → ${pages} A4 page(s)`);
      expect(pages).toBe(1);
      for (const number of ['112', '102', '111']) expect(text).toContain(number);
      expect(text).not.toContain('150');
      expect(text).not.toContain(NAVIGATION_LABELS[lang]);
    });
  }
}

for (const lang of LOCALES) {
  for (const { slug, data } of readEntries<LessonFrontmatter>('lessons', lang)) {
    test(`/${lang}/teachers/${slug}/ prints on at most ${MAX_LESSON_PAGES} A4 pages, with the help numbers and without navigation`, async ({
      page,
    }) => {
      const { pages, text } = await printToPdf(page, `/${lang}/teachers/${slug}/`);
      console.log(`print: /${lang}/teachers/${slug}/ → ${pages} A4 pages`);
      expect(pages).toBeLessThanOrEqual(MAX_LESSON_PAGES);
      expect(text).toContain(data.title);
      for (const number of ['112', '102', '111', '150']) expect(text).toContain(number);
      expect(text).not.toContain(NAVIGATION_LABELS[lang]);
    });

    test(`/${lang}/teachers/${slug}/ shows each step with its minutes, the answer key, the safeguarding note and its handout`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/teachers/${slug}/`);
      const steps = page.locator('[data-lesson-step]');
      await expect(steps).toHaveCount(data.steps.length);
      for (const [index, step] of data.steps.entries())
        await expect(steps.nth(index)).toContainText(String(step.minutes));
      // Each step sits under its stage's heading: басы / ортасы / соңы.
      for (const stage of ['start', 'middle', 'end'])
        await expect(page.locator(`[data-lesson-stage="${stage}"] [data-lesson-step]`)).toHaveCount(
          data.steps.filter((step) => step.stage === stage).length,
        );
      await expect(page.locator('[data-answer-key] > li')).toHaveCount(data.handout.tasks.length);
      await expect(page.locator('[data-safeguarding] a[href="tel:112"]')).toBeVisible();
      await expect(page.locator('[data-safeguarding] a[href="tel:111"]')).toBeVisible();
      await expect(page.locator('[data-licence]')).toContainText('CC BY 4.0');
      await page.locator('[data-handout-link]').click();
      await expect(page).toHaveURL(`/${lang}/teachers/${slug}/handout/`);
      await expect(page.locator('[data-handout] ol > li')).toHaveCount(data.handout.tasks.length);
    });
  }
}

for (const lang of LOCALES) {
  for (const { slug, data } of readEntries<LessonFrontmatter>('lessons', lang)) {
    test(`/${lang}/teachers/${slug}/ reads as a short-term plan: outcome, keywords from the glossary, starter and exit check in the steps, and a letter to parents`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/teachers/${slug}/`);
      await expect(page.locator('[data-lesson-outcome]')).toContainText(data.outcome);
      await expect(page.locator('[data-content-guidance]')).toContainText(data.contentGuidance);
      const keywords = page.locator('[data-lesson-keywords] dt a');
      await expect(keywords).toHaveCount(data.keywords.length);
      for (const [index, id] of data.keywords.entries())
        await expect(keywords.nth(index)).toHaveAttribute('href', `/${lang}/glossary/#${id}`);
      await expect(page.locator('[data-lesson-step]').first().locator('[data-lesson-starter]')).toContainText(
        data.starter,
      );
      await expect(page.locator('[data-lesson-step]').last().locator('[data-lesson-exit-check]')).toContainText(
        data.exitCheck,
      );
      await expect(page.locator('[data-lesson-differentiation] dd')).toHaveCount(3);
      await expect(page.locator('[data-safeguarding-family]')).toBeVisible();
      await page.locator('[data-letter-link]').click();
      await expect(page).toHaveURL(`/${lang}/teachers/${slug}/letter/`);
      await expect(page.locator('[data-letter-covers]')).toHaveText(data.parentLetter.covers);
      await expect(page.locator('[data-letter-at-home] > li')).toHaveCount(data.parentLetter.atHome.length);
      await expect(page.locator('[data-letter-help] a[href="tel:112"]')).toBeVisible();
    });
  }
}

for (const javaScriptEnabled of [true, false]) {
  test(`the teachers' index filters by age band and length ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const lessons = readEntries<LessonFrontmatter>('lessons', 'en');
    await page.goto('/en/teachers/');
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await expect(page.locator('[data-lesson-card]')).toHaveCount(lessons.length);
    await page.locator('[data-lesson-filters] a', { hasText: 'Ages 10–12' }).click();
    await expect(page).toHaveURL('/en/teachers/ages/10-12/');
    const young = lessons.filter(({ data }) => data.ages.min <= 12 && data.ages.max >= 10);
    await expect(page.locator('[data-lesson-card]')).toHaveCount(young.length);
    await page.locator('[data-lesson-filters] a', { hasText: '45 minutes' }).click();
    await expect(page).toHaveURL('/en/teachers/minutes/45/');
    await expect(page.locator('[data-lesson-card]')).toHaveCount(
      lessons.filter(({ data }) => data.duration === 45).length,
    );
    await expect(page.locator('[data-lesson-filters] a[aria-current="page"]')).toHaveText('45 minutes');
    // With JavaScript the list is swapped in place; without it each filter loads its page.
    const stayed = await page.evaluate(() => 'sameDocument' in window);
    expect(stayed).toBe(javaScriptEnabled);
    if (javaScriptEnabled) await expect(page.locator('[data-lesson-filters] a[aria-current="page"]')).toBeFocused();
    await page.goBack();
    await expect(page).toHaveURL('/en/teachers/ages/10-12/');
    await expect(page.locator('[data-lesson-card]')).toHaveCount(young.length);
    await context.close();
  });
}

test('a story’s “Use in class” box links to the lesson built on it', async ({ page }) => {
  await page.goto('/ru/stories/fatima-khamzayeva/');
  await page.locator('[data-classroom] a[href="/ru/teachers/who-are-public-defenders/"]').click();
  await expect(page.locator('h1')).toHaveText('Кто такие общественные защитники?');
});
