import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import {
  checkPartnerLogo,
  MAX_ELEMENTS,
  MAX_LOGO_BYTES,
  MAX_RENDERED_SHAPES,
  MAX_USE_DEPTH,
} from '~/partners/checkPartnerLogo';

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
      /<rect style="fill">: references outside/,
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

/** A `<use>` bomb: each level draws the level below `fanOut` times (ids kept short, as an attacker would). */
function useBomb(levels: number, fanOut = 10): string {
  const defs = ['<rect id="a0" width="1" height="1"/>'];
  for (let level = 1; level <= levels; level += 1)
    defs.push(`<g id="a${level}">${`<use href="#a${level - 1}"/>`.repeat(fanOut)}</g>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><defs>${defs.join('')}</defs><use href="#a${levels}"/></svg>`;
}

/*
 * Every way round the check listed in the security review of 2026-12-05 (§4), one test each:
 * the ones it already refused but no test held, and the ones it accepted.
 */
describe('checkPartnerLogo refuses what the security review found', () => {
  it.each([
    // Refused before, now held by a test.
    [
      'a prefixed element in the SVG namespace',
      svg('<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>'),
      /<s:script>: is not allowed in a logo/,
    ],
    [
      'an SVG 2 <use href> to another site',
      svg('<use href="https://evil.example/x.svg#a"/>'),
      /<use href>: links outside the file/,
    ],
    [
      'another prefix bound to XLink',
      svg('<use x:href="https://evil.example/x.svg#a" xmlns:x="http://www.w3.org/1999/xlink"/>'),
      /<use x:href>: is not an attribute a logo may use/,
    ],
    [
      'a data: address',
      svg('<use href="data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E"/>'),
      /<use href>: links outside the file/,
    ],
    [
      '<set> changing an href',
      svg('<use href="#a"><set attributeName="href" to="https://evil.example/x.svg#a"/></use><rect id="a"/>'),
      /<set>: is not allowed in a logo/,
    ],
    ['<animate>', svg('<rect><animate attributeName="x" to="100"/></rect>'), /<animate>: is not allowed in a logo/],
    [
      'an xml-stylesheet instruction',
      `<?xml-stylesheet href="https://evil.example/a.css"?>${svg('<rect/>')}`,
      /<\?xml-stylesheet\?>: processing instructions are not allowed/,
    ],
    [
      'xml:base',
      svg('<rect/>', 'viewBox="0 0 1 1" xml:base="https://evil.example/"'),
      /<svg xml:base>: is not an attribute/,
    ],
    ['a lower-case doctype', `<!doctype svg>${svg('<rect/>')}`, /DOCTYPE or entity/],
    [
      'a character reference spelling url(',
      svg('<rect fill="&#117;rl(https://evil.example/a)"/>'),
      /<rect fill>: references outside the file/,
    ],
    // Accepted before.
    [
      'a CSS escape in a style',
      svg('<rect style="fill:\\75rl(https://evil.example/a)"/>'),
      /<rect style="fill">: escapes/,
    ],
    [
      'a long CSS escape in a style',
      svg('<rect style="cursor:\\000075rl(https://evil.example/a)"/>'),
      /escapes|cursor/,
    ],
    ['a CSS escape in mask-image', svg('<rect style="mask-image:\\75rl(https://evil.example/a)"/>'), /mask-image/],
    [
      'a CSS escape in a presentation attribute',
      svg('<rect fill="\\75 rl(https://evil.example/a)"/>'),
      /<rect fill>: escapes/,
    ],
    [
      'image-set() on the root',
      svg('<rect/>', `viewBox="0 0 1 1" style="fill:image-set('https://evil.example/t.png' 1x)"`),
      /<svg style="fill">: "image-set\(" is not allowed/,
    ],
    ['image()', svg(`<rect style="fill:image('https://evil.example/t.png')"/>`), /"image\(" is not allowed/],
    ['src()', svg(`<rect fill="src('https://evil.example/t.png')"/>`), /<rect fill>: "src\(" is not allowed/],
    ['background-image', svg(`<rect style="background-image:url(#a)"/>`), /"background-image">: is not a property/],
    [
      'overflow on the root',
      svg('<rect/>', 'viewBox="0 0 1 1" overflow="visible"'),
      /<svg overflow>: a logo may not draw outside its box/,
    ],
    [
      'overflow in the root style',
      svg('<rect/>', 'viewBox="0 0 1 1" style="overflow:visible"'),
      /<svg style="overflow">: a logo may not draw outside its box/,
    ],
    [
      'a nested <svg> that reaches outside the box',
      svg(
        '<svg x="-900" y="-900" width="2000" height="2000" style="overflow:visible"><rect width="2000" height="2000" fill="#fff"/></svg>',
      ),
      /<svg>: a nested <svg> is not allowed/,
    ],
    [
      'a transform on the root',
      svg('<rect/>', 'viewBox="0 0 1 1" transform="scale(20)"'),
      /<svg transform>: the logo as a whole may not be moved/,
    ],
    [
      'a root in the XHTML namespace',
      '<svg xmlns="http://www.w3.org/1999/xhtml" viewBox="0 0 1 1"><rect/></svg>',
      /<svg xmlns>: must be the SVG namespace/,
    ],
    [
      'an upper-case HREF',
      svg('<use HREF="https://evil.example/x.svg#a"/>'),
      /<use HREF>: is not an attribute a logo may use/,
    ],
    [
      'a degenerate viewBox',
      svg('<rect/>', 'viewBox="0 0 1e308 1e-300"'),
      /<svg viewBox>: a logo may be at most 20 times wider/,
    ],
    ['a very tall viewBox', svg('<rect/>', 'viewBox="0 0 1 40"'), /<svg viewBox>: a logo may be at most 20 times/],
    [
      'more elements than the cap',
      svg('<path d="M0 0h1"/>'.repeat(MAX_ELEMENTS + 1)),
      new RegExp(`has ${MAX_ELEMENTS + 2} elements; a logo may have at most ${MAX_ELEMENTS}`),
    ],
    ['an href on a shape', svg('<rect href="#a"/><g id="a"/>'), /<rect href>: is not allowed on <rect>/],
    ['a <use> that draws itself', svg('<g id="a"><use href="#a"/></g>'), /#a: refers to itself/],
    ['var()', svg('<rect fill="var(--x)"/>'), /"var\(" is not allowed/],
  ])('%s', (_, text, problem) => {
    expect(() => checkPartnerLogo(text, FILE)).toThrow(new RegExp(`^${FILE}: .*${problem.source}`));
  });

  it('keeps what a drawing program writes that is harmless, and drops inert leftovers', () => {
    const logo = checkPartnerLogo(
      svg(
        '<g style="fill:#1d5c8a;fill-opacity:1;stroke:none;-inkscape-stroke:none;font-variation-settings:normal" data-name="Layer 1" xml:space="preserve"><path d="M0 0h10v10z" clip-path="url(#c)" transform="translate(1 2) scale(0.5)"/></g><clipPath id="c"><rect width="5" height="5"/></clipPath><symbol id="s" viewBox="0 0 1 1"><rect width="1" height="1"/></symbol><use xlink:href="#s"/>',
        'viewBox="0 0 100 40" version="1.1"',
      ),
      FILE,
    );
    expect(logo.svg).toContain('style="fill:#1d5c8a;fill-opacity:1;stroke:none"');
    expect(logo.svg).not.toMatch(/inkscape|font-variation|data-name|xml:space|version=/);
    expect(logo.svg).toContain('clip-path="url(#c)"');
  });

  it(`refuses a 2 KB <use> bomb in well under a second, counting the shapes it would draw`, () => {
    const bomb = useBomb(12, 8);
    expect(Buffer.byteLength(bomb)).toBeLessThan(2048);
    const started = performance.now();
    expect(() => checkPartnerLogo(bomb, FILE)).toThrow(
      new RegExp(
        `^${FILE}: .*<use>: nests 13 deep.*draws \\d+ shapes once every <use> is expanded; a logo may draw at most ${MAX_RENDERED_SHAPES}`,
      ),
    );
    const elapsed = performance.now() - started;
    console.log(
      `a 12-level <use> bomb (${Buffer.byteLength(bomb)} bytes, 8^12 shapes) refused in ${elapsed.toFixed(1)} ms`,
    );
    expect(elapsed).toBeLessThan(250);
  });

  it('refuses a bomb that stays within the nesting limit but draws too much', () => {
    expect(() => checkPartnerLogo(useBomb(MAX_USE_DEPTH - 1, 100), FILE)).toThrow(/draws 20203 shapes/);
  });

  it('lets through a logo at the drawing limit, which resvg draws at print size in well under a second', () => {
    // 3 + 49 × (2 + 49 × 2) = 4,903 shapes, 3 <use> deep: about the most the check lets through.
    const logo = checkPartnerLogo(useBomb(MAX_USE_DEPTH - 1, 49), FILE);
    const started = performance.now();
    new Resvg(logo.svg, { fitTo: { mode: 'width', value: 945 } }).render();
    const elapsed = performance.now() - started;
    console.log(
      `a logo near the limit (4,903 of ${MAX_RENDERED_SHAPES} shapes) drawn at 40 mm, 600 dpi in ${elapsed.toFixed(1)} ms`,
    );
    expect(elapsed).toBeLessThan(1000);
  });

  it('accepts <use> nested as deep as allowed when it draws little', () => {
    expect(() => checkPartnerLogo(useBomb(MAX_USE_DEPTH - 1, 3), FILE)).not.toThrow();
    expect(() => checkPartnerLogo(useBomb(MAX_USE_DEPTH, 3), FILE)).toThrow(/nests 4 deep/);
  });
});
