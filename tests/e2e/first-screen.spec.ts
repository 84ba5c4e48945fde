import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/ui';
import { axeViolations } from '../support/axe';
import { sitePages, templateOf } from '../support/sitePages';

/*
 * The first screen on a phone shows the page (issue 28): on every page type in every language, on
 * load and without a tap, the page's own heading begins within the top 40 % of the screen, the exit
 * control and the help numbers are in view, and nothing scrolls sideways. On a 390×844 phone the
 * first sentence under the heading begins there too. Each page type is checked on its page with
 * the longest heading in that language, where the heading pushes the sentence furthest down.
 */
const FIRST_SCREEN_SHARE = 0.4;
const PHONES = [
  { width: 390, height: 844, firstSentenceToo: true },
  { width: 320, height: 640, firstSentenceToo: false },
] as const;

/** The text of a built page's `<h1>`, read from `dist/`. */
function headingOf(path: string): string {
  const file = `dist${path}${path.endsWith('/') ? 'index.html' : ''}`;
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return heading.replace(/<[^>]+>/g, '').trim();
}

/** One page per page type (src/pages route) in `lang`: the one whose heading is longest. */
function longestHeadingPerType(lang: Locale): string[] {
  const longest = new Map<string, { path: string; length: number }>();
  for (const path of sitePages().filter((page) => page.startsWith(`/${lang}/`))) {
    const type = templateOf(path);
    const { length } = headingOf(path);
    if (length > (longest.get(type)?.length ?? -1)) longest.set(type, { path, length });
  }
  return [...longest.values()].map(({ path }) => path);
}

/**
 * Where the heading and the first text after it begin, from the top of the screen. The first text
 * is the first rendered text that follows the heading in the page (a description, an intro, the
 * fallback notice, the search field's label), measured at its first line.
 */
async function firstScreen(page: Page): Promise<{ heading: number; firstSentence: number; text: string }> {
  return page.evaluate(() => {
    const heading = document.querySelector('main h1');
    if (!heading) throw new Error('no h1 in main');
    const after = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    after.currentNode = heading;
    for (let node = after.nextNode(); node; node = after.nextNode()) {
      if (heading.contains(node) || !node.textContent?.trim()) continue;
      const parent = node.parentElement;
      // Rendered, and not visually hidden (sr-only text is clipped to one pixel).
      if (!parent || parent.getBoundingClientRect().width <= 1) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const [line] = range.getClientRects();
      if (!line || line.height === 0) continue;
      return {
        heading: heading.getBoundingClientRect().top,
        firstSentence: line.top,
        text: node.textContent.trim().slice(0, 60),
      };
    }
    throw new Error('no rendered text after the h1');
  });
}

test.describe('on a phone', () => {
  test.use({ isMobile: true, hasTouch: true });

  for (const lang of LOCALES) {
    for (const path of longestHeadingPerType(lang)) {
      test(`${path}: the heading (and at 390×844 its first sentence) begins in the top 40 %, with exit and help numbers in view`, async ({
        page,
      }) => {
        for (const phone of PHONES) {
          const size = `${phone.width}×${phone.height}`;
          const limit = phone.height * FIRST_SCREEN_SHARE;
          await page.setViewportSize(phone);
          await page.goto(path);
          const screen = await firstScreen(page);
          expect(screen.heading, `${size}: top of the h1`).toBeLessThanOrEqual(limit);
          if (phone.firstSentenceToo)
            expect(screen.firstSentence, `${size}: top of the first sentence, «${screen.text}»`).toBeLessThanOrEqual(
              limit,
            );

          await expect(page.locator('[data-exit-this-page] [data-exit-link]'), size).toBeInViewport({ ratio: 1 });
          const numbers = page.locator('[data-help-strip] a[href^="tel:"]');
          await expect(numbers).not.toHaveCount(0);
          for (const number of await numbers.all()) await expect(number, size).toBeInViewport({ ratio: 1 });

          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${size}: scrolls sideways`).toBeLessThanOrEqual(0);
        }
      });
    }
  }
});

/** Whether the browser tells assistive technology that the Menu button's menu is open (CDP's accessibility tree). */
async function menuExpanded(page: Page, lang: Locale): Promise<boolean | undefined> {
  const session = await page.context().newCDPSession(page);
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodes } = await session.send('Accessibility.queryAXTree', {
    nodeId: root.nodeId,
    role: 'button',
    accessibleName: dictionaries[lang]['nav.menu'],
  });
  await session.detach();
  expect(nodes, 'one Menu button').toHaveLength(1);
  return nodes[0]?.properties?.find((property) => property.name === 'expanded')?.value.value as boolean | undefined;
}

test.describe('the menu on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the section links and languages wait behind the Menu button, which opens them and says so', async ({
    page,
  }) => {
    await page.goto('/kk/stories/');
    const menu = page.locator('[data-site-menu]');
    const button = page.locator('[data-menu-button]');
    await expect(menu).toBeHidden();
    expect(await menuExpanded(page, 'kk')).toBe(false);

    await button.tap();
    await expect(menu.getByRole('link', { name: dictionaries.kk['nav.ngos'] })).toBeVisible();
    await expect(menu.locator('a[hreflang="ru"]')).toBeVisible();
    await expect(menu.locator('a[aria-current="page"]')).toHaveText(dictionaries.kk['nav.stories']);
    expect(await menuExpanded(page, 'kk')).toBe(true);
    // Open, the menu leaves the exit control uncovered: a tap there lands on it.
    const exit = page.locator('[data-exit-this-page] [data-exit-link]');
    await expect(exit).toBeInViewport({ ratio: 1 });
    const box = await exit.boundingBox();
    if (!box) throw new Error('the exit control is not on screen');
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.closest('[data-exit-link]') !== null,
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(hit, 'the exit control is under the finger').toBe(true);

    await menu.getByRole('link', { name: dictionaries.kk['nav.help'] }).tap();
    await expect(page).toHaveURL('/kk/help/');
  });

  test('Escape closes the menu and gives focus back to the Menu button', async ({ page }) => {
    await page.goto('/uz/');
    const button = page.locator('[data-menu-button]');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-site-menu]')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText(dictionaries.uz['nav.stories']);
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-site-menu]')).toBeHidden();
    await expect(button).toBeFocused();
    expect(await menuExpanded(page, 'uz')).toBe(false);
  });

  test('Tab goes through the open menu and on out of it: no trap', async ({ page }) => {
    await page.goto('/ru/help/');
    await page.locator('[data-menu-button]').focus();
    await page.keyboard.press('Enter');
    const inMenu = page.locator('[data-site-menu] a');
    const count = await inMenu.count();
    for (let index = 0; index < count; index += 1) {
      await page.keyboard.press('Tab');
      await expect(inMenu.nth(index)).toBeFocused();
    }
    await page.keyboard.press('Tab');
    // Past the menu's last link, focus moves on to the help numbers.
    await expect(page.locator(':focus')).toHaveAttribute('href', /^tel:/);
  });

  for (const lang of ['kk', 'uz'] as const) {
    test(`open at 320 px in ${lang} (the longest labels): nothing scrolls sideways, every target is large enough, axe finds nothing`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`/${lang}/risk-factors/`);
      await page.locator('[data-menu-button]').tap();
      await expect(page.locator('[data-site-menu]')).toBeVisible();
      for (const link of await page.locator('[data-site-menu] a').all()) {
        await expect(link).toBeInViewport({ ratio: 1 });
        expect((await link.boundingBox())?.height, await link.innerText()).toBeGreaterThanOrEqual(24);
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('closed, axe finds nothing on the phone layout either', async ({ page }) => {
    await page.goto('/uz/young-people/check-an-offer/');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('without JavaScript the Menu button still opens the menu', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto('/en/');
    await page.locator('[data-menu-button]').tap();
    await page.locator('[data-site-menu]').getByRole('link', { name: dictionaries.en['nav.riskFactors'] }).tap();
    await expect(page).toHaveURL('/en/risk-factors/');
    await context.close();
  });
});

test('on a wide screen the section links and languages are in the header, with no Menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/kk/');
  await expect(page.locator('[data-menu-button]')).toBeHidden();
  await expect(page.locator('[data-site-menu]').getByRole('link', { name: dictionaries.kk['nav.ngos'] })).toBeVisible();
  await expect(page.locator('[data-site-menu] a[hreflang="en"]')).toBeVisible();
});
