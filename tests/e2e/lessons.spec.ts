import { expect, test } from '@playwright/test';
import { getDocumentProxy, extractText } from 'unpdf';
import { LOCALES } from '../../src/i18n/locales';
import { readEntries } from '../support/readEntries';

interface LessonFrontmatter {
  title: string;
  duration: number;
  ages: { min: number; max: number };
  steps: { minutes: number }[];
  handout: { tasks: unknown[] };
}

/** The lesson page may take a few sheets; the handout is a worksheet: one A4 sheet. */
const MAX_LESSON_PAGES = 7;
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
      const steps = page.locator('[data-lesson-steps] > li');
      await expect(steps).toHaveCount(data.steps.length);
      for (const [index, step] of data.steps.entries())
        await expect(steps.nth(index)).toContainText(String(step.minutes));
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
