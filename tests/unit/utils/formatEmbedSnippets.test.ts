import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { EMBED_SANDBOX, formatEmbedSnippets } from '../../../src/utils/formatEmbedSnippets';

const HOSTILE = '"><img src=x onerror=alert(1)>';

const snippets = formatEmbedSnippets({
  lang: 'en',
  title: `Help ${HOSTILE}`,
  more: `More </aside><script>alert(1)</script>`,
  embedUrl: `https://example.org/embed/help/en/?a=1&b="><script>`,
  helpUrl: `https://example.org/en/help/" onmouseover="alert(1)`,
  lines: [
    { number: '112', display: '112', name: `Emergency ${HOSTILE}` },
    { number: `111"><script>`, display: '111', name: "Child's line" },
  ],
});

describe('formatEmbedSnippets', () => {
  it('keeps hostile names and addresses as text in the HTML snippet', () => {
    const root = parse(snippets.html);
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(root.querySelectorAll('aside')).toHaveLength(1);
    expect(root.querySelector('aside')?.attributes).toEqual({ lang: 'en' });
    expect(root.querySelector('strong')?.text).toBe(`Help ${HOSTILE}`);
    expect(root.querySelector('aside')?.text).toContain(`Emergency ${HOSTILE}`);
    const links = root.querySelectorAll('a');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'tel:112',
      'tel:111"><script>',
      'https://example.org/en/help/" onmouseover="alert(1)',
    ]);
    expect(links.every((link) => !('onmouseover' in link.attributes))).toBe(true);
    expect(links.at(-1)?.text).toBe('More </aside><script>alert(1)</script>');
  });

  it('keeps a hostile address and title as attribute values in the iframe snippet', () => {
    const root = parse(snippets.iframe);
    const iframes = root.querySelectorAll('iframe');
    expect(iframes).toHaveLength(1);
    expect(root.querySelectorAll('script, img')).toHaveLength(0);
    expect(iframes[0]?.getAttribute('src')).toBe(`https://example.org/embed/help/en/?a=1&b="><script>`);
    expect(iframes[0]?.getAttribute('title')).toBe(`Help ${HOSTILE}`);
  });

  it('sends no referrer and sandboxes the frame', () => {
    const iframe = parse(snippets.iframe).querySelector('iframe');
    expect(iframe?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(iframe?.getAttribute('sandbox')).toBe(EMBED_SANDBOX);
    expect(EMBED_SANDBOX.split(' ')).not.toContain('allow-scripts');
    expect(EMBED_SANDBOX.split(' ')).not.toContain('allow-same-origin');
  });
});
