import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBuiltPages } from '~/search/build/readBuiltPages';

let outDir = '';
afterEach(() => rm(outDir, { recursive: true, force: true }));

/** Writes built pages (address → body HTML) into a fresh folder and returns their files. */
async function site(pages: Record<string, string>, lang = 'en'): Promise<string[]> {
  outDir = await mkdtemp(join(tmpdir(), 'built-pages-'));
  const files: string[] = [];
  for (const [address, body] of Object.entries(pages)) {
    const file = join(outDir, address, 'index.html');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `<!doctype html><html lang="${lang}"><body><nav>Menu</nav>${body}</body></html>`);
    files.push(file);
  }
  return files;
}

describe('readBuiltPages', () => {
  it('takes each page’s title and type from its indexed block, and the list flag from its route, not its address', async () => {
    const files = await site({
      '/en/young-people/': '<article data-pagefind-body data-pagefind-filter="type:help"><h1>Worried?</h1></article>',
      '/en/young-people/check-an-offer/':
        '<article data-pagefind-body data-pagefind-filter="type:help"><h1>Check an offer</h1></article>',
      '/en/stories/':
        '<div data-pagefind-body data-pagefind-filter="type:story" data-search-list><h1>Stories</h1></div>',
    });
    const { pages } = await readBuiltPages(files, outDir);
    expect(pages.get('/en/young-people/')).toEqual(['Worried?', 'help', 0]);
    expect(pages.get('/en/young-people/check-an-offer/')).toEqual(['Check an offer', 'help', 0]);
    expect(pages.get('/en/stories/')).toEqual(['Stories', 'story', 1]);
  });

  it('keeps the terms a page defines and the words of its indexed text only', async () => {
    const files = await site({
      '/en/glossary/':
        '<div data-pagefind-body data-pagefind-filter="type:page"><h1>Glossary</h1><dl><dt data-search-term>grooming</dt></dl><p data-pagefind-ignore>Hidden</p></div>',
    });
    const { pages, words } = await readBuiltPages(files, outDir);
    expect(pages.get('/en/glossary/')).toEqual(['Glossary', 'page', 0, ['grooming']]);
    expect([...words.en].sort()).toEqual(['glossary', 'grooming']);
  });

  it('fails the build, naming the file, for an indexed page without a type', async () => {
    const files = await site({ '/en/about/': '<main data-pagefind-body><h1>About</h1></main>' });
    await expect(readBuiltPages(files, outDir)).rejects.toThrow(/about\/index\.html.*"type:"/);
  });
});
