import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { readPageIds } from '~/search/build/readPageIds';

/*
 * Pagefind names its search results by page id only; the build reads each id's address from
 * Pagefind's fragment files, an internal format. This runs the installed Pagefind: if a release
 * changes that format, this fails (and so does the build), instead of search quietly ranking worse.
 */
const page = (lang: string, title: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Words about ${title}.</p></main></body></html>`;

describe('readPageIds (pinned to the installed Pagefind)', () => {
  afterAll(() => pagefind.close());

  it('reads the address of every page Pagefind indexed, by the id its results carry', async () => {
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind did not start');
    await index.addHTMLFile({ url: '/kk/help/', content: page('kk', 'Көмек') });
    await index.addHTMLFile({ url: '/en/young-people/check-an-offer/', content: page('en', 'Check an offer') });
    const { files, errors } = await index.getFiles();
    expect(errors).toEqual([]);
    const addresses = readPageIds(files);
    expect([...addresses.values()].sort()).toEqual(['/en/young-people/check-an-offer/', '/kk/help/']);
    for (const [id, address] of addresses) expect(id.startsWith(address.slice(1, 3))).toBe(true);
  });

  it('fails, naming the file, on a fragment it cannot read', () => {
    const bad = { path: 'fragment/kk_0000000.pf_fragment', content: gzipSync('{"url":"/kk/"}') };
    expect(() => readPageIds([bad])).toThrow(/fragment\/kk_0000000\.pf_fragment.*Pagefind changed its format/);
  });
});
