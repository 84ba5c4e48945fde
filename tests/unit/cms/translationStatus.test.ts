import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceVersion, translationStatus } from '../../../src/cms/translationStatus';

const root = mkdtempSync(join(tmpdir(), 'translations-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(lang: string, slug: string, text: string) {
  mkdirSync(join(root, 'stories', lang), { recursive: true });
  writeFileSync(join(root, 'stories', lang, `${slug}.mdx`), text);
}

describe('translation status', () => {
  const source = '---\ntitle: "Бастапқы мәтін"\n---\n\nМәтін.\n';
  write('kk', 'story', source);
  write('ru', 'story', `---\ntitle: "Перевод"\ntranslatedFrom: "kk@${sourceVersion(source)}"\n---\n`);
  write('en', 'story', '---\ntitle: "Old translation"\ntranslatedFrom: "kk@00000000"\n---\n');

  it('marks the source, a current, a behind and a missing translation', () => {
    const [row] = translationStatus(root);
    expect(row).toMatchObject({ collection: 'stories', slug: 'story', source: 'kk', version: sourceVersion(source) });
    expect(row?.cells['kk']?.state).toBe('source');
    expect(row?.cells['ru']?.state).toBe('current');
    expect(row?.cells['en']).toEqual({ state: 'behind', recorded: '00000000' });
    expect(row?.cells['uz']?.state).toBe('missing');
  });

  it('makes every translation behind when the source changes', () => {
    write('kk', 'story', source.replace('Мәтін.', 'Жаңа мәтін.'));
    const [row] = translationStatus(root);
    expect(row?.cells['ru']?.state).toBe('behind');
  });
});
