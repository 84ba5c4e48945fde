import sharp from 'sharp';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findActivePublicFiles } from '~/media/checkPublicFolder';
import { publishMedia } from '~/media/publishMedia';

let folder = '';
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function tree(files: Record<string, string | Buffer>): string {
  folder = mkdtempSync(join(tmpdir(), 'media-'));
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
  return folder;
}

describe('publishMedia', () => {
  it('re-encodes every image of the media folder, sub-folders included, and skips .gitkeep', async () => {
    const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const root = tree({ 'media/a.png': png, 'media/2026/b.png': png, 'media/.gitkeep': '' });
    const published = await publishMedia(join(root, 'media'), 'content/media');
    expect([...published.keys()]).toEqual(['2026/b.png', 'a.png']);
  });

  it('refuses the whole folder when one file is not an image, naming every such file', async () => {
    const root = tree({
      'media/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'media/notes.html': '<p>hi</p>',
    });
    await expect(publishMedia(join(root, 'media'), 'content/media')).rejects.toThrow(
      /content\/media\/logo\.svg: only JPEG[\s\S]*content\/media\/notes\.html: only JPEG/,
    );
  });

  it('publishes nothing when there is no media folder', async () => {
    expect((await publishMedia(join(tmpdir(), 'no-such-media-folder'), 'content/media')).size).toBe(0);
  });
});

describe('findActivePublicFiles', () => {
  it("names every page, script, style, SVG or XML file in public/ except the site's own favicon", () => {
    const root = tree({
      'public/favicon.svg': '<svg/>',
      'public/robots-notes.txt': 'text',
      'public/uploads/logo.SVG': '<svg><script>alert(1)</script></svg>',
      'public/uploads/x.js': 'alert(1)',
      'public/feed.xml': '<x/>',
      'public/a/page.html': '<p>',
      'public/a/module.mjs': '',
      'public/img/favicon.svg': '<svg/>',
    });
    expect(findActivePublicFiles(join(root, 'public'), root)).toEqual([
      'public/a/module.mjs',
      'public/a/page.html',
      'public/feed.xml',
      'public/img/favicon.svg',
      'public/uploads/logo.SVG',
      'public/uploads/x.js',
    ]);
  });

  it("accepts the site's public folder as it is", () => {
    expect(findActivePublicFiles('public', '.')).toEqual([]);
  });
});

describe('the build (uploadedMedia integration)', () => {
  it('stops before building when public/ holds a file that could run as the site, naming it', async () => {
    const { uploadedMedia } = await import('~/build/integrations/uploadedMedia');
    const root = tree({ 'public/favicon.svg': '<svg/>', 'public/uploads/logo.svg': '<svg><script/></svg>' });
    const setup = uploadedMedia().hooks['astro:config:setup'] as unknown as (options: object) => Promise<void>;
    const config = { root: new URL(`file://${root}/`), publicDir: new URL(`file://${root}/public/`) };
    await expect(setup({ config, command: 'build' })).rejects.toThrow(
      /public\/ is copied to the site unchecked.*: public\/uploads\/logo\.svg$/,
    );
  });
});
