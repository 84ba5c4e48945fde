import { describe, expect, it } from 'vitest';
import { checkPartnerLogo, MAX_LOGO_BYTES } from '~/partners/checkPartnerLogo';

const FILE = 'content/partners/fund.svg';
const svg = (inner: string, root = 'viewBox="0 0 100 40"') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${root}>${inner}</svg>`;

describe('checkPartnerLogo', () => {
  it('accepts a drawing, drops editor leftovers and its own size, and keeps its proportions', () => {
    const logo = checkPartnerLogo(
      `<?xml version="1.0"?>\n<!-- exported -->\n${svg(
        '<title>Fund</title><metadata>x</metadata><defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><circle r="5" fill="url(#g)"/><use href="#g"/>',
        'width="100mm" height="40mm" viewBox="0 0 100 40"',
      )}`,
      FILE,
    );
    expect(logo).toMatchObject({ width: 100, height: 40 });
    expect(logo.svg).toMatch(/^<svg /);
    expect(logo.svg).not.toMatch(/<title|<metadata|<!--|<\?xml|width="100mm"/);
    expect(logo.svg).toContain('fill="url(#g)"');
  });

  it.each([
    ['a script', svg('<script>alert(1)</script>'), /<script>: is not allowed/],
    ['an event handler', svg('<rect width="1" height="1" onclick="alert(1)"/>'), /<rect onclick>: event handlers/],
    ['a handler on the root', svg('', 'viewBox="0 0 1 1" onload="alert(1)"'), /<svg onload>: event handlers/],
    [
      'a link to another site',
      svg('<use xlink:href="https://evil.example/x.svg#a"/>'),
      /<use xlink:href>: links outside the file/,
    ],
    ['a javascript link', svg('<a href="javascript:alert(1)"><rect/></a>'), /<a>: is not allowed/],
    ['an embedded image', svg('<image href="https://evil.example/p.png"/>'), /<image>: is not allowed/],
    ['foreign content', svg('<foreignObject><iframe/></foreignObject>'), /<foreignObject>: is not allowed/],
    ['a stylesheet', svg('<style>@import url(https://evil.example/a.css);</style>'), /<style>: is not allowed/],
    [
      'a style that loads a file',
      svg('<rect style="fill:url(https://evil.example/a)"/>'),
      /<rect style>: references outside/,
    ],
    ['a fill from another file', svg('<rect fill="url(other.svg#g)"/>'), /<rect fill>: references outside/],
    ['text', svg('<text>Fund</text>'), /<text>: convert text to outlines/],
    ['no viewBox', svg('<rect/>', 'width="10" height="10"'), /<svg viewBox>: is missing/],
    ['an entity declaration', `<!DOCTYPE svg [<!ENTITY a "aaaa">]>${svg('<rect/>')}`, /DOCTYPE or entity/],
    ['another kind of file', '<html><body>logo</body></html>', /must be an SVG file/],
    ['broken XML', '<svg viewBox="0 0 1 1"><rect></svg>', /is not a readable SVG file/],
    ['a file too large', svg(`<path d="M0 0${' L1 1'.repeat(MAX_LOGO_BYTES / 5)}"/>`), /at most 50 KB/],
  ])('rejects %s, naming the file and the problem', (_, text, problem) => {
    expect(() => checkPartnerLogo(text, FILE)).toThrow(new RegExp(`^${FILE}: .*${problem.source}`));
  });
});
