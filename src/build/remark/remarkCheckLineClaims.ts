import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isLocale } from '../../i18n/locales.ts';
import { findLineClaim } from './lineClaimWords.ts';

type Element = MdxJsxFlowElement | MdxJsxTextElement;
const isElement = (node: Nodes): node is Element =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The text of `node`, leaving out what the line's own components render. */
function ownText(node: Nodes): string {
  if (isElement(node) && (node.name === 'Hotline' || node.name === 'HotlineSays')) return ' ';
  if ('value' in node && typeof node.value === 'string' && node.type !== 'code') return node.value;
  if ('children' in node) return node.children.map((child) => ownText(child as Nodes)).join(' ');
  return '';
}

/** The id of the first `<Hotline>` inside `node`, if any. */
function hotlineIn(node: Nodes): string | undefined {
  let id: string | undefined;
  visit(node, (child) => {
    if (id === undefined && isElement(child as Nodes) && (child as Element).name === 'Hotline') {
      const attribute = (child as Element).attributes.find(
        (item) => item.type === 'mdxJsxAttribute' && item.name === 'id',
      );
      id = typeof attribute?.value === 'string' ? attribute.value : '';
    }
  });
  return id;
}

/**
 * Fails the build, naming the file and line, when a paragraph, list item, heading or table row
 * that names a help line (`<Hotline id>`) also states in its own words the line's cost, hours,
 * anonymity, confidentiality or who answers; and when any block in a section whose heading names
 * a line does (the section runs to the next heading of the same or a higher level), since a
 * heading such as "Police: 102" makes the list under it speak about that line. Those come from
 * content/hotlines.yaml: the line's card, its inline note and `<HotlineSays id>`. Words per
 * language: lineClaimWords.ts.
 */
export function remarkCheckLineClaims() {
  return (tree: Root, file: VFile) => {
    // The language is the folder after the collection: content/<collection>/<lang>/<slug>.mdx.
    const lang = file.path.split(/[\\/]/).at(-2);
    if (!lang || !isLocale(lang)) return;
    const refuse = (block: Nodes, id: string, where: string) => {
      const claim = findLineClaim(ownText(block), lang);
      if (claim)
        file.fail(
          `"${claim.word}" (${claim.kind}) ${where} <Hotline id="${id}">: a line's ${claim.kind} comes only from content/hotlines.yaml (its card, its note, <HotlineSays>); take it out of ${where === 'beside' ? 'this paragraph' : 'this section'} (docs/authoring.md, "What a page may say about a line")`,
          block,
        );
    };
    visit(tree, ['paragraph', 'listItem', 'heading', 'tableRow'], (node) => {
      const block = node as Nodes;
      const id = hotlineIn(block);
      if (id === undefined) return;
      refuse(block, id, 'beside');
      return 'skip';
    });
    let section: { id: string; depth: number } | undefined;
    for (const block of tree.children) {
      if (block.type === 'heading') {
        const id = hotlineIn(block);
        if (id !== undefined) section = { id, depth: block.depth };
        else if (section && block.depth <= section.depth) section = undefined;
      } else if (section) refuse(block, section.id, 'in the section of');
    }
  };
}
