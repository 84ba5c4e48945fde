import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/i18n/locales';
import jsQR from 'jsqr';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { parse } from 'yaml';

interface Line {
  id: string;
  number: string;
  display: string;
  status: string;
  tier: string;
}
const published = (parse(readFileSync('content/hotlines.yaml', 'utf8')) as Line[]).filter(
  (line) => line.status === 'verified',
);

for (const lang of LOCALES) {
  test(`/${lang}/help/ lists immediate danger first, then advice, each number with its source and date`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/help/`);
    const numbersInOrder = await page
      .locator('[data-hotline] a[href^="tel:"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(numbersInOrder.slice(0, 4)).toEqual(['tel:112', 'tel:102', 'tel:111', 'tel:150']);
    for (const line of published) {
      const card = page.locator(`[data-hotline="${line.id}"]`);
      await expect(card.locator('[data-hotline-sources] a[href^="http"]').first()).toBeVisible();
      await expect(card.locator('[data-hotline-sources]')).toContainText('2026');
    }
  });
}

for (const line of published) {
  test(`the contact card for ${line.display} is a vCard that dials it`, async ({ request }) => {
    for (const lang of LOCALES) {
      const response = await request.get(`/${lang}/help/${line.id}.vcf`);
      expect(response.status()).toBe(200);
      const card = await response.text();
      expect(card).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
      expect(card).toContain(`\r\nTEL;TYPE=VOICE:${line.number}\r\n`);
      expect(card.trimEnd().endsWith('END:VCARD')).toBe(true);
    }
  });

  test(`the QR code for ${line.display} decodes to tel:${line.number}`, async ({ page }) => {
    await page.setViewportSize({ width: 400, height: 400 });
    await page.goto(`/qr/${line.id}.svg`);
    await page.evaluate(() => {
      const svg = document.querySelector('svg');
      svg?.setAttribute('width', '360');
      svg?.setAttribute('height', '360');
    });
    const png = PNG.sync.read(await page.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(`tel:${line.number}`);
  });
}
