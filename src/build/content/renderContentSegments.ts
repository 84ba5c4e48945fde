import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Paragraph, PhrasingContent, Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified, type PluggableList, type Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { ContentSegment } from '~/build/content/renderedContent';

/** The MDX element nodes that reach the HTML tree: the site's components, and `span lang`. */
type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

const JSX_TYPES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

function isJsx(node: HastContent | HastRoot): node is JsxElement {
  return JSX_TYPES.has(node.type);
}

/** Page components render these; the rest is plain HTML (`span lang` is an HTML element). */
function isComponent(node: HastContent | HastRoot): boolean {
  return (isJsx(node) && node.name !== 'span') || (node.type === 'element' && node.tagName === 'a');
}

/** Every MDX `<span lang="…">` in a tree as the HTML element it is. */
function spansAsElements(node: HastContent | HastRoot): void {
  if (!('children' in node)) return;
  const children = node.children as HastContent[];
  children.forEach((child, index) => {
    if (isJsx(child) && child.name === 'span') children[index] = asElement(child);
    spansAsElements(children[index] as HastContent);
  });
}

/** An MDX `<span lang="…">` as the HTML element it is. */
function asElement(node: JsxElement): Element {
  const properties: Element['properties'] = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
      properties[attribute.name] = attribute.value;
  }
  return { type: 'element', tagName: node.name ?? 'span', properties, children: node.children as ElementContent[] };
}

function componentProps(node: JsxElement | Element): Record<string, string> {
  if (node.type === 'element') {
    return Object.fromEntries(
      Object.entries(node.properties).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])),
    );
  }
  return Object.fromEntries(
    node.attributes.flatMap((attribute) =>
      attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string'
        ? [[attribute.name, attribute.value]]
        : [],
    ),
  );
}

function holdsComponent(node: HastContent | HastRoot): boolean {
  if (isComponent(node)) return true;
  return 'children' in node && (node.children as HastContent[]).some(holdsComponent);
}

/**
 * A tree as segments: runs of finished HTML, and the components between them with their props and
 * their children as segments. An element that holds a component is split into its opening tag,
 * its children and its closing tag.
 */
function toSegments(node: HastContent | HastRoot): ContentSegment[] {
  if (isComponent(node)) {
    const element = node as JsxElement | Element;
    const name = element.type === 'element' ? 'a' : (element.name ?? '');
    return [{ component: name, props: componentProps(element), children: childSegments(element) }];
  }
  if (node.type === 'root') return childSegments(node);
  if (!holdsComponent(node)) return [toHtml(node as HastContent)];
  const element = node as Element;
  const closing = `</${element.tagName}>`;
  const opening = toHtml({ ...element, children: [] }).slice(0, -closing.length);
  return [opening, ...childSegments(element), closing];
}

function childSegments(node: { children: unknown[] }): ContentSegment[] {
  const merged: ContentSegment[] = [];
  for (const segment of (node.children as HastContent[]).flatMap(toSegments)) {
    const last = merged.at(-1);
    if (typeof segment === 'string' && typeof last === 'string') merged[merged.length - 1] = last + segment;
    else merged.push(segment);
  }
  return merged;
}

/**
 * A paragraph that holds only elements (a `<PullQuote>…</PullQuote>` on a line of its own) is
 * those elements, not a paragraph around them: MDX's own rule (remark-mark-and-unravel in
 * @mdx-js/mdx), so the HTML is the same as MDX made.
 */
function remarkUnravelElements() {
  return (tree: MdastRoot) => {
    visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      const blank = (node: PhrasingContent) => node.type === 'text' && node.value.trim() === '';
      const elements = paragraph.children.filter((node) => !blank(node));
      if (elements.length === 0 || !elements.every((node) => node.type === 'mdxJsxTextElement')) return;
      const flow = elements.map((node) => ({ ...node, type: 'mdxJsxFlowElement' }) as unknown as MdxJsxFlowElement);
      parent.children.splice(index, 1, ...flow);
      return index;
    });
  };
}

/**
 * Renders an MDX content file without compiling it to code: the same Markdown pipeline as
 * @astrojs/mdx (GFM, smart punctuation, the site's remark checks, heading ids), but the result is
 * data, segments that `ContentSegments.astro` renders with the site's components. Nothing in a
 * content file can run: the remark checks refuse expressions and imports, and what is left is
 * never evaluated. The renderer throws the checks' message when a file breaks one.
 */
export function createContentRenderer(remarkPlugins: PluggableList) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkUnravelElements)
    // On, as @astrojs/mdx has them unless told otherwise (astro.config.mjs does not).
    .use(remarkGfm)
    .use(remarkSmartypants)
    .use(remarkPlugins)
    .use(remarkRehype as Plugin<[{ passThrough: string[] }], MdastRoot, HastRoot>, { passThrough: [...JSX_TYPES] })
    .use(rehypeHeadingIds)
    .freeze();
  return async (body: string, filePath: string): Promise<ContentSegment[]> => {
    const file = new VFile({ value: body, path: filePath });
    const tree = (await processor.run(processor.parse(file), file)) as HastRoot;
    spansAsElements(tree);
    return childSegments(tree);
  };
}
