import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { checkContentUrl } from '~/utils/checkContentUrl';

/**
 * The elements MDX content may use, with the attributes each may carry (always plain strings):
 * the site's MDX components (src/components/mdx/index.ts) and `span` to mark a phrase in another
 * language. Anything else is refused, so an editor's slip (or a stolen editor account) cannot
 * put a redirect, a form or a script on a page read by children at risk.
 */
export const CONTENT_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  Hotline: ['id'],
  HotlineSays: ['id'],
  Term: ['id'],
  PullQuote: ['cite'],
  RiskDiagram: [],
  Timeline: [],
  TimelineItem: ['date', 'title'],
  span: ['lang'],
};

/** Refused even if someone adds them to the allowlist: each can run code, load a page or send data. */
const NEVER_ALLOWED = new Set([
  'script',
  'iframe',
  'meta',
  'style',
  'object',
  'embed',
  'form',
  'base',
  'link',
  'frame',
]);

/** Attributes that hold an address, on any element. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'xlink:href']);

/** A language tag (`ru`, `uz-Cyrl`) for `span lang`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** What one element breaks: an element or attribute off the list, an expression, a bad address. */
function checkElement(element: JsxElement, allowed: Readonly<Record<string, readonly string[]>>): string[] {
  const name = element.name;
  const shown = `<${name ?? ''}>`;
  const problems: string[] = [];
  if (name === null) problems.push('a fragment <>…</>: use Markdown instead');
  else if (NEVER_ALLOWED.has(name.toLowerCase())) problems.push(`${shown}: never allowed in content`);
  else if (!Object.hasOwn(allowed, name))
    problems.push(`${shown}: not one of the elements content may use (${Object.keys(allowed).join(', ')})`);
  const attributes = name !== null && Object.hasOwn(allowed, name) ? (allowed[name] ?? []) : [];
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(`${shown}: spread attribute {${attribute.value}}: attributes must be plain text`);
      continue;
    }
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value !== 'string') {
      problems.push(`${shown}: ${attribute.name}={…} is a JavaScript expression: write ${attribute.name}="…"`);
      continue;
    }
    if (URL_ATTRIBUTES.has(attribute.name.toLowerCase())) {
      const problem = checkContentUrl(value ?? '');
      if (problem) problems.push(`${shown}: ${attribute.name}="${value ?? ''}": ${problem}`);
    }
    if (name !== null && Object.hasOwn(allowed, name) && !attributes.includes(attribute.name))
      problems.push(
        `${shown}: attribute "${attribute.name}" is not allowed (${attributes.length ? attributes.join(', ') : 'none'})`,
      );
    else if (attribute.name === 'lang' && !LANGUAGE_TAG.test(value ?? ''))
      problems.push(`${shown}: lang="${value ?? ''}" is not a language tag such as ru or uz`);
  }
  return problems;
}

/**
 * Fails the build when an MDX content file holds anything but Markdown and the site's components:
 * `import`/`export`, `{…}` expressions (code that runs during the build: it could print the
 * build's secrets into a page), an element or attribute off `CONTENT_ELEMENTS`, or an address
 * whose scheme is not https:, mailto:, relative or `#` (`checkContentUrl`; phone links come only
 * from `<Hotline>`). The error names the file and every offending line; see docs/authoring.md.
 * `elements` replaces the allowlist (for tests); `NEVER_ALLOWED` holds regardless.
 */
export function remarkContentSafety({ elements = CONTENT_ELEMENTS } = {}) {
  return (tree: Root, file: VFile) => {
    const found: { node: Node; problem: string }[] = [];
    visit(tree, (node) => {
      switch (node.type) {
        case 'mdxjsEsm':
          found.push({ node, problem: 'import/export: content may not load or define code' });
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          found.push({
            node,
            problem: `{${(node as { value: string }).value.trim().slice(0, 40)}}: JavaScript expressions are not allowed (write a literal { as \\{)`,
          });
          break;
        case 'html':
          found.push({ node, problem: 'raw HTML is not allowed: use Markdown or a site component' });
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          for (const problem of checkElement(node as JsxElement, elements)) found.push({ node, problem });
          break;
        case 'link':
        case 'image':
        case 'definition': {
          const { url } = node as { url: string };
          const problem = checkContentUrl(url);
          if (problem)
            found.push({ node, problem: `${node.type === 'image' ? 'image' : 'link'} "${url}": ${problem}` });
          break;
        }
      }
    });
    if (found.length === 0) return;
    const where = file.path ? relative(process.cwd(), file.path) : 'MDX';
    const lines = found.map(({ node, problem }) => `  ${where}:${node.position?.start.line ?? '?'}: ${problem}`);
    file.fail(
      `${where}: content may hold only Markdown and the site's components (docs/authoring.md):\n${lines.join('\n')}`,
      found[0]?.node,
    );
  };
}
