import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkCheckContentReferences } from '../../../src/plugins/remarkCheckContentReferences';

const check = remarkCheckContentReferences();

/** Runs the check on a paragraph holding `children`, as MDX parses it. */
function checkParagraph(children: unknown[]) {
  const tree = { type: 'root', children: [{ type: 'paragraph', children }] } as Root;
  check(tree, new VFile({ path: 'content/stories/kk/a-story.mdx' }));
}

const element = (name: string, id: string) => ({
  type: 'mdxJsxTextElement',
  name,
  attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
  children: [],
});

describe('remarkCheckContentReferences', () => {
  it('accepts a verified hotline, a known term and ordinary numbers', () => {
    expect(() =>
      checkParagraph([
        element('Hotline', '112'),
        element('Term', 'anonymity'),
        { type: 'text', value: 'In 2024, 1120 children.' },
      ]),
    ).not.toThrow();
  });

  it('names a glossary term that does not exist', () => {
    expect(() => checkParagraph([element('Term', 'no-such-term')])).toThrow(
      '<Term id="no-such-term">: no entry with this id in content/glossary.yaml',
    );
  });

  it('refuses an unconfirmed line, which no page may show', () => {
    expect(() => checkParagraph([element('Hotline', '11616')])).toThrow(
      '<Hotline id="11616">: no verified line with this id in content/hotlines.yaml',
    );
  });

  it('refuses a help-line number typed by hand, grouped or not, and a hand-made tel: link', () => {
    expect(() => checkParagraph([{ type: 'text', value: 'Call 112.' }])).toThrow('hotline number "112" typed by hand');
    expect(() => checkParagraph([{ type: 'text', value: 'Call 116 16 now' }])).toThrow('typed by hand');
    expect(() => checkParagraph([{ type: 'link', url: 'tel:150', children: [] }])).toThrow('tel: link typed by hand');
  });
});
