import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { glossaryTerms } from '~/data/glossary';
import { allHotlines, publishedHotlines } from '~/data/hotlines';

function attributeValue(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string')
      return attribute.value;
  }
  return undefined;
}

/**
 * Fails the build, naming the file and line, when MDX refers to a hotline or glossary term that
 * does not exist, or when a hotline number is typed by hand: numbers come only from
 * `content/hotlines.yaml` (through `<Hotline id>`), so they can never drift between pages.
 */
export function remarkCheckContentReferences() {
  const known = {
    Hotline: new Set(publishedHotlines.map((line) => line.id)),
    Term: new Set(glossaryTerms.map((term) => term.id)),
  };
  // Any line's number, unconfirmed ones too: typing one by hand is never right.
  const numbers = allHotlines.map((line) => line.display.replaceAll(' ', ' ?'));
  const typedNumber = new RegExp(`(?<!\\d|\\d[.,])(?:${numbers.join('|')})(?!\\d|[.,]\\d)`);

  return (tree: Root, file: VFile) => {
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (element.name !== 'Hotline' && element.name !== 'Term') return;
      const id = attributeValue(element, 'id');
      if (!id || !known[element.name].has(id)) {
        const list =
          element.name === 'Hotline'
            ? 'no verified line with this id in content/hotlines.yaml'
            : 'no entry with this id in content/glossary.yaml';
        file.fail(`<${element.name} id="${id ?? ''}">: ${list}`, element);
      }
    });
    visit(tree, 'text', (node) => {
      const match = typedNumber.exec(node.value);
      if (match) file.fail(`hotline number "${match[0]}" typed by hand: use <Hotline id="…" /> instead`, node);
    });
    visit(tree, 'link', (node) => {
      if (node.url.startsWith('tel:')) file.fail(`tel: link typed by hand: use <Hotline id="…" /> instead`, node);
    });
  };
}
