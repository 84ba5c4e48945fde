import { unified as unifiedProcessor } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The loader against a content folder of its own and a store that behaves as Astro's does (an
 * entry whose digest is unchanged is not replaced): what is rendered again, and when.
 */
const root = mkdtempSync(join(tmpdir(), 'loader-'));
const rendered: string[] = [];
/** Records each file the renderer reads; refuses the word FORBIDDEN, as a content check would. */
function remarkRecord() {
  return (tree: Root, file: VFile) => {
    rendered.push(file.path.split('/').at(-1) ?? '');
    if (String(file.value).includes('FORBIDDEN')) file.fail('forbidden word', tree.children[0]);
  };
}

interface StoredEntry {
  id: string;
  digest?: string;
  data: Record<string, unknown>;
  rendered?: { metadata?: Record<string, unknown> };
}

function fakeContext() {
  const entries = new Map<string, StoredEntry>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: StoredEntry) => {
      if (entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, entry);
      return true;
    },
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
  };
  const context = {
    config: { root: pathToFileURL(`${process.cwd()}/`), markdown: { processor: unifiedProcessor({ remarkPlugins: [remarkRecord] }) } },
    store,
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (value: string) => createHash('sha256').update(value).digest('hex'),
    collection: 'stories',
    logger: { error: vi.fn(), info: vi.fn() },
  } as unknown as LoaderContext;
  return { context, entries };
}

function write(path: string, text: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

let load: (context: LoaderContext) => Promise<void>;

beforeAll(async () => {
  write('stories/kk/first.mdx', '---\ntitle: "First"\n---\n\nOne.\n');
  write('stories/kk/second.mdx', '---\ntitle: "Second"\n---\n\nTwo <Term id="x">words</Term>.\n');
  write('hotlines.yaml', '- id: "112"\n');
  vi.stubEnv('CONTENT_DIR', root);
  vi.resetModules();
  const { localizedMdxLoader } = await import('../../../../src/build/content/localizedMdxLoader');
  const { COLLECTIONS } = await import('../../../../src/data/contentModel');
  load = localizedMdxLoader(COLLECTIONS.find(({ name }) => name === 'stories')!).load;
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

describe('localizedMdxLoader', () => {
  const { context, entries } = fakeContext();
  const renderedBy = async () => {
    rendered.length = 0;
    await load(context);
    return [...rendered].sort();
  };

  it('renders every entry on the first build and keeps its segments', async () => {
    expect(await renderedBy()).toEqual(['first.mdx', 'second.mdx']);
    expect(entries.get('kk/second')?.rendered?.metadata?.['segments']).toEqual([
      '<p>Two ',
      { component: 'Term', props: { id: 'x' }, children: ['words'] },
      '.</p>',
    ]);
    expect(entries.get('kk/first')?.data).toEqual({ title: 'First' });
    expect(entries.get('kk/first')?.rendered?.metadata?.['readingMinutes']).toBe(1);
  });

  it('renders nothing again when nothing changed', async () => {
    expect(await renderedBy()).toEqual([]);
  });

  it('renders only the file that changed', async () => {
    write('stories/kk/first.mdx', '---\ntitle: "First, edited"\n---\n\nOne, edited.\n');
    expect(await renderedBy()).toEqual(['first.mdx']);
    expect(entries.get('kk/first')?.data).toEqual({ title: 'First, edited' });
  });

  it('renders every entry again when a data file the checks read changes', async () => {
    write('hotlines.yaml', '- id: "112"\n- id: "111"\n');
    expect(await renderedBy()).toEqual(['first.mdx', 'second.mdx']);
  });

  it('drops an entry whose file is gone', async () => {
    rmSync(join(root, 'stories/kk/second.mdx'));
    await renderedBy();
    expect([...entries.keys()]).toEqual(['kk/first']);
  });

  it('fails naming the file and line, and does not keep the broken text for the next build', async () => {
    write('stories/kk/first.mdx', '---\ntitle: "First"\n---\n\nFORBIDDEN.\n');
    await expect(load(context)).rejects.toThrow(/stories\/kk\/first\.mdx:5: forbidden word/);
    expect(await renderedBy().catch(() => rendered)).toEqual(['first.mdx']);
  });
});
