import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { en } from '../../src/i18n/ui/en';
import { kk } from '../../src/i18n/ui/kk';
import { ru } from '../../src/i18n/ui/ru';

/* Issue 13: the help strip on every page names only lines that are free from any phone and answer
   around the clock; 150 stays on Get help with exactly what is known about it. */
const dictionaries = { kk, ru, en };
const line150 = (
  parse(readFileSync('content/hotlines.yaml', 'utf8')) as { id: string; costNote: Record<string, string> }[]
).find((line) => line.id === '150');

for (const [lang, t] of Object.entries(dictionaries)) {
  test(`/${lang}/: the help strip shows 112 · 102 for danger and 111 for advice, and not 150`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const strip = page.locator('[data-help-strip]');
    const groups = await strip
      .locator('p')
      .evaluateAll((paragraphs) =>
        paragraphs.map((paragraph) =>
          [...paragraph.querySelectorAll('a[href^="tel:"]')].map((link) => link.getAttribute('href')),
        ),
      );
    expect(groups).toEqual([['tel:112', 'tel:102'], ['tel:111']]);
    await expect(strip).toContainText(t['helpStrip.danger']);
    await expect(strip).toContainText(t['helpStrip.advice']);
  });

  test(`/${lang}/help/ keeps 150 with what is known, and says why no trafficking hotline is listed`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/help/`);
    const card = page.locator('[data-hotline="150"]');
    await expect(card.locator('a[href="tel:150"]')).toBeVisible();
    await expect(card.locator('[data-hotline-caveat]')).toContainText('2023');
    // The cost is the note saying from which phones calls are free, with no bare "Free" label before it.
    const cost = card.locator('dt', { hasText: t['help.cost'] }).locator('xpath=following-sibling::dd[1]');
    await expect(cost).toHaveText(line150?.costNote[lang] ?? 'missing costNote');
    await expect(page.locator('[data-help-no-trafficking-line]')).toHaveText(t['help.noTraffickingLine']);
  });
}
