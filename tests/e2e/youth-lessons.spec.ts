import { expect, test } from '@playwright/test';
import { readEntries } from '../support/readEntries';

interface LessonFrontmatter {
  grades?: { min: number; max: number };
  fits?: string;
}

/* Kazakh school roles, as every lesson's safeguarding note must name them (not a UK-style "designated person"). */
const ROLES = {
  kk: {
    grade: 'сынып',
    psychologist: 'мектеп психолог',
    pedagogue: 'әлеуметтік педагог',
    not: /жауапты (маман|қызметкер)/,
  },
  ru: {
    grade: 'класс',
    psychologist: 'школьн',
    pedagogue: 'социальн',
    not: /ответственн\S* (за защиту детей )?сотрудник/,
  },
  en: { grade: 'grades', psychologist: 'school psychologist', pedagogue: 'social pedagogue', not: /designated/ },
} as const;

for (const lang of ['kk', 'ru', 'en'] as const) {
  for (const { slug, data } of readEntries<LessonFrontmatter>('lessons', lang)) {
    test(`/${lang}/teachers/${slug}/ shows its grades and school subject, and names Kazakh school roles in safeguarding`, async ({
      page,
    }) => {
      expect(data.grades, `content/lessons/${lang}/${slug}.mdx: grades`).toBeDefined();
      expect(data.fits, `content/lessons/${lang}/${slug}.mdx: fits`).toBeDefined();
      await page.goto(`/${lang}/teachers/${slug}/`);
      const range = `${data.grades!.min}–${data.grades!.max}`;
      await expect(page.locator('header [data-lesson-level]')).toContainText(
        lang === 'en' ? `grades ${range}` : `${range} ${ROLES[lang].grade}`,
      );
      await expect(page.locator('header [data-lesson-fits]')).toContainText(data.fits!);
      const safeguarding = page.locator('[data-safeguarding]');
      await expect(safeguarding).toContainText(ROLES[lang].psychologist);
      await expect(safeguarding).toContainText(ROLES[lang].pedagogue);
      await expect(safeguarding).not.toContainText(ROLES[lang].not);
    });
  }

  test(`the teachers' index shows each lesson's grades (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/teachers/`);
    const levels = page.locator('[data-lesson-card] [data-lesson-level]');
    await expect(levels).toHaveCount(readEntries('lessons', lang).length);
    for (const level of await levels.all()) await expect(level).toContainText(ROLES[lang].grade);
  });
}
