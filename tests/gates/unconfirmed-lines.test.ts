import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { allHotlines, isPublished } from '../../src/data/hotlines';

/** Every text file of the built site. */
function distFiles(folder = 'dist'): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const path = join(folder, item.name);
    if (item.isDirectory()) return distFiles(path);
    return /\.(html|xml|txt|js|css|svg|vcf|json)$/.test(item.name) ? [path] : [];
  });
}

it('an unconfirmed help line appears nowhere in the built site', () => {
  const unconfirmed = allHotlines.filter((line) => !isPublished(line));
  expect(unconfirmed.length).toBeGreaterThan(0);
  for (const file of distFiles()) {
    const text = readFileSync(file, 'utf8');
    for (const line of unconfirmed) {
      expect(text, `${file} shows ${line.display}`).not.toContain(line.display);
      expect(text, `${file} dials ${line.number}`).not.toContain(`tel:${line.number}`);
    }
  }
});
