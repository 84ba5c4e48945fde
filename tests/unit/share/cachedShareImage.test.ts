import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { renderTallies } from '~/cache/renderCache';
import { cachedShareImage } from '~/share/cachedShareImage';
import { renderShareImage } from '~/share/renderShareImage';

const folder = mkdtempSync(join(tmpdir(), 'share-cache-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const page = (title: string) => ({ title, siteName: 'Балаларды қорғау', footer: 'Қауіп төнсе 112' });
const drawn = () => renderTallies().get('share')?.drawn ?? 0;

it('a changed title redraws only its own share image, and a reused image equals a fresh drawing', async () => {
  const titles = ['Қауіп белгілері', 'Жұмыс ұсынысын тексеру', 'Көмек қайдан алуға болады'];
  const first = await Promise.all(titles.map((title) => cachedShareImage(page(title), folder)));
  const before = drawn();
  const edited = ['Қауіп белгілері', 'Жұмыс ұсынысын қалай тексеру керек', 'Көмек қайдан алуға болады'];
  const second = await Promise.all(edited.map((title) => cachedShareImage(page(title), folder)));
  expect(drawn() - before).toBe(1);
  expect(Buffer.from(second[0] ?? []).equals(Buffer.from(first[0] ?? []))).toBe(true);
  expect(Buffer.from(second[1] ?? []).equals(Buffer.from(first[1] ?? []))).toBe(false);
  expect(Buffer.from(second[2] ?? []).equals(Buffer.from(first[2] ?? []))).toBe(true);
  // What the cache hands back is byte for byte what a clean build draws.
  expect(Buffer.from(second[2] ?? []).equals(await renderShareImage(page(titles[2] ?? '')))).toBe(true);
});
