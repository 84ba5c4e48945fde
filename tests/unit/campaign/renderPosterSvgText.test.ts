import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderPosterSvg } from '~/campaign/renderPosterSvg';

const HOSTILE = `"><img src=x onerror=alert(1)> ]]> & 'x'`;

describe('renderPosterSvg text', () => {
  it('keeps hostile text and a hostile title as text: the SVG stays well-formed with no extra element', () => {
    const svg = renderPosterSvg({
      lang: 'en',
      title: `Poster ${HOSTILE}`,
      author: 'x',
      pages: [
        {
          width: 100,
          height: 100,
          items: [{ kind: 'text', x: 10, y: 20, text: `Fund ${HOSTILE}`, size: 5, weight: 'regular', colour: 'ink' }],
        },
      ],
    });
    expect(XMLValidator.validate(svg)).toBe(true);
    const parsed = new XMLParser({ htmlEntities: true }).parse(svg) as {
      svg: { title: string; path: { title: string }; img?: unknown };
    };
    expect(parsed.svg.title).toBe(`Poster ${HOSTILE}`);
    expect(parsed.svg.path.title).toBe(`Fund ${HOSTILE}`);
    expect(svg).not.toContain('<img');
  });
});
