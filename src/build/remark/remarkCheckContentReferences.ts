import type { Parent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { glossaryTerms } from '~/data/glossary';
import { allHotlines, publishedHotlines } from '~/data/hotlines';
import { findTypedHelpLineNumber } from '~/utils/findTypedHelpLineNumber';

function attributeValue(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string')
      return attribute.value;
  }
  return undefined;
}

/** Nodes that sit inside running text: their words belong to the sentence around them. */
const PHRASING = new Set([
  'text',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'mdxJsxTextElement',
  'break',
]);

/**
 * The running text of a block (a paragraph, heading, table cell…) with the text node each piece
 * came from, so a number is judged by its whole sentence, emphasis and links included.
 */
function blockText(block: Parent): { text: string; pieces: { start: number; node: RootContent }[] } {
  let text = '';
  const pieces: { start: number; node: RootContent }[] = [];
  const walk = (node: RootContent) => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      pieces.push({ start: text.length, node });
      text += node.value;
    } else if (node.type === 'break') text += '\n';
    else if ('children' in node && PHRASING.has(node.type))
      node.children.forEach((child) => walk(child as RootContent));
  };
  block.children.forEach((child) => {
    if (PHRASING.has(child.type)) walk(child as RootContent);
  });
  return { text, pieces };
}

/**
 * Fails the build, naming the file and line, when MDX refers to a hotline or glossary term that
 * does not exist, or when a hotline number is typed by hand as a phone number (see
 * `findTypedHelpLineNumber`): numbers come only from `content/hotlines.yaml` (through
 * `<Hotline id>`), so they can never drift between pages. Phone links are refused by
 * `remarkContentSafety`.
 */
export function remarkCheckContentReferences() {
  const known = {
    Hotline: new Set(publishedHotlines.map((line) => line.id)),
    Term: new Set(glossaryTerms.map((term) => term.id)),
  };
  // Any line's number, unconfirmed ones too: typing one by hand is never right.
  const displays = allHotlines.map((line) => line.display);
  const typedByHand = (typed: string) => `hotline number "${typed}" typed by hand: use <Hotline id="…" /> instead`;

  return (tree: Root, file: VFile) => {
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      for (const attribute of element.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
        const found = findTypedHelpLineNumber(attribute.value, displays);
        if (found) file.fail(`<${element.name ?? ''} ${attribute.name}>: ${typedByHand(found.typed)}`, element);
      }
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
    visit(tree, (node) => {
      if (PHRASING.has(node.type) || !('children' in node)) return;
      const { text, pieces } = blockText(node as Parent);
      const found = findTypedHelpLineNumber(text, displays);
      if (!found) return;
      const piece = pieces.findLast(({ start }) => start <= found.index) ?? pieces[0];
      file.fail(typedByHand(found.typed), piece?.node ?? node);
    });
  };
}
