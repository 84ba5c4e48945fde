import { expect, test } from '@playwright/test';
import { FIXTURE_ORIGIN } from '../support/ports';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { searchResults } from '../support/searchResults';
import { sitePages } from '../support/sitePages';

/*
 * Uzbek, the fourth language, added with a locale entry, a dictionary and content. Pages without
 * Uzbek text fall back to Russian, visibly and with the right `lang`; search understands Uzbek
 * typed with ' for ʻ, without it, and inflected.
 */
const UZBEK_PAGES = sitePages().filter((path) => path.startsWith('/uz/') && !path.endsWith('/404/'));

/** The content file a page of a collection is written from, or undefined for other pages. */
function contentFile(path: string): { collection: string; slug: string } | undefined {
  const [, section = '', slug = ''] = /^\/uz\/([^/]+)\/(?:([^/]+)\/)?/.exec(path) ?? [];
  if (section === 'stories' && slug) return { collection: 'stories', slug };
  if (section === 'risk-factors' && slug) return { collection: 'explainers', slug };
  if (section === 'teachers' && slug && !['ages', 'minutes'].includes(slug)) return { collection: 'lessons', slug };
  if (section === 'young-people') return { collection: 'youth', slug: slug || 'young-people' };
  if (!slug && existsSync(`content/pages/kk/${section}.mdx`)) return { collection: 'pages', slug: section };
  return undefined;
}

test('there are Uzbek pages of every kind to check', () => {
  expect(UZBEK_PAGES.length).toBeGreaterThan(20);
  expect(UZBEK_PAGES.filter((path) => contentFile(path)).length).toBeGreaterThan(10);
});

test('the fallback notice appears exactly on the Uzbek pages without Uzbek content, with the Russian text marked lang="ru"', async ({
  request,
}) => {
  const wrong: string[] = [];
  for (const path of UZBEK_PAGES) {
    const document = parse(await (await request.get(path)).text());
    const source = contentFile(path);
    const expectsFallback = source !== undefined && !existsSync(`content/${source.collection}/uz/${source.slug}.mdx`);
    const notice = document.querySelector('[data-fallback-notice]');
    if (document.querySelector('html')?.getAttribute('lang') !== 'uz') wrong.push(`${path}: html lang is not uz`);
    if (expectsFallback !== Boolean(notice)) wrong.push(`${path}: notice ${notice ? 'shown' : 'missing'}`);
    if (notice && !notice.textContent.includes('oʻzbek tilida yoʻq')) wrong.push(`${path}: notice not in Uzbek`);
    if (expectsFallback && !document.querySelector('main [lang="ru"] h1'))
      wrong.push(`${path}: h1 not inside lang="ru"`);
    if (source && !expectsFallback && document.querySelector('main [lang="ru"] h1'))
      wrong.push(`${path}: Uzbek text marked ru`);
  }
  expect(wrong).toEqual([]);
});

test('Uzbek pages are written in Uzbek: help, warning signs, what to do, browsing safely, privacy, young people, offer check', async ({
  page,
}) => {
  for (const [path, heading] of [
    ['/uz/help/', 'Yordam olish'],
    ['/uz/risk-factors/warning-signs/', 'Xavotirli belgilar'],
    ['/uz/risk-factors/what-to-do/', 'Bolalar savdosidan shubhalansangiz'],
    ['/uz/browsing-safely/', 'Saytni xavfsizroq oʻqish'],
    ['/uz/privacy/', 'Maxfiylik'],
    ['/uz/young-people/', 'Oʻzing yoki doʻsting uchun xavotirdamisan'],
    ['/uz/young-people/check-an-offer/', 'Taklifni tekshir'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('h1')).toContainText(heading);
    await expect(page.locator('[data-fallback-notice]')).toHaveCount(0);
  }
});

test('the Uzbek help page says no line is known to answer in Uzbek and gives Russian phrases, marked lang="ru"', async ({
  page,
}) => {
  await page.goto('/uz/help/');
  const note = page.locator('[data-help-note]');
  await expect(note).toContainText('oʻzbek tilida javob berishlarini aytadigan manba topmadik');
  await expect(note.locator('[lang="ru"]').first()).toHaveText('«Мне нужна помощь»');
  // 150's languages came from one old article: the note says so, and its card no longer lists them.
  await expect(page.locator('[data-hotline="150"]')).not.toContainText('Tillar');
  // Other languages have no such note.
  await page.goto('/ru/help/');
  await expect(page.locator('[data-help-note]')).toHaveCount(0);
});

test('non-citizens: the what-to-do page states the 2023 rights for a recognised victim, with their source', async ({
  page,
}) => {
  await page.goto('/uz/risk-factors/what-to-do/');
  const section = page.locator('h2', { hasText: 'Qozogʻiston fuqarosi boʻlmasa' });
  await expect(section).toHaveCount(1);
  await expect(page.locator('main')).toContainText('odam savdosidan jabr koʻrgan deb tan olinsa');
  await expect(page.locator('main')).toContainText('vaqtincha yashash va ishlash huquqi');
  await expect(
    page.locator('a[href="https://kz.usembassy.gov/2023-trafficking-in-persons-report-kazakhstan/"]'),
  ).toHaveCount(1);
});

test('every glossary term of the site is in Uzbek now: none falls back', async ({ page }) => {
  await page.goto('/uz/glossary/');
  expect(await page.locator('[data-glossary] dt').count()).toBeGreaterThan(30);
  await expect(page.locator('[data-glossary-fallback]')).toHaveCount(0);
});

test('glossary terms not yet in Uzbek are shown in Russian, marked as Russian (the fixture site has no Uzbek terms)', async ({
  page,
}) => {
  await page.goto(`${FIXTURE_ORIGIN}/uz/glossary/`);
  const fallback = page.locator('[data-glossary] dt:has([data-glossary-fallback])');
  expect(await fallback.count()).toBeGreaterThan(0);
  await expect(fallback.first().locator('span[lang="ru"]')).toHaveCount(1);
  await expect(fallback.first().locator('[data-glossary-fallback]')).toHaveText('(ruscha)');
});

test('Uzbek is offered everywhere: root chooser, switcher, hreflang and sitemap alternates', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-language-choice] a[hreflang="uz"]')).toHaveText('Oʻzbekcha');
  await page.goto('/kk/help/');
  await expect(page.locator('link[rel="alternate"][hreflang="uz"]')).toHaveAttribute('href', /\/uz\/help\/$/);
  await page.locator('nav a[hreflang="uz"]').click();
  await expect(page).toHaveURL(/\/uz\/help\/$/);
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  expect(sitemap).toContain('hreflang="uz" href="http://localhost:4321/uz/help/"');
});

// The uz queries of the query set (tools/searchQueries.ts) run in search.spec.ts; here, the same
// words in every script and apostrophe a reader may type must give the same pages.
for (const forms of [
  [
    'qoʻngʻiroq qilish',
    "qo'ng'iroq qilish",
    'qo`ng`iroq qilish',
    'qo‘ng‘iroq qilish',
    'qongiroq qilish',
    'қўнғироқ қилиш',
  ],
  ['tarixni oʻchirish', "tarixni o'chirish", 'tarixni ochirish', 'тарихни ўчириш'],
  ['maxfiylik', 'махфийлик'],
]) {
  test(`uz: ${forms.map((form) => `«${form}»`).join(', ')} find the same pages`, async ({ page }) => {
    const expected = await searchResults(page, 'uz', forms[0] ?? '');
    expect(expected.length).toBeGreaterThan(0);
    for (const form of forms.slice(1)) expect(await searchResults(page, 'uz', form), form).toEqual(expected);
  });
}
