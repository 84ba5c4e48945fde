import { optimize, type CustomPlugin, type XastElement } from 'svgo';

/** A logo is a small drawing: larger files are usually embedded photos or editor leftovers. */
export const MAX_LOGO_BYTES = 50 * 1024;
const MAX_ELEMENTS = 2000;

/**
 * What a logo may be drawn with: shapes, groups, gradients, clipping and references inside the
 * file. No scripts, styles, links, embedded images, foreign content or animation, and no text
 * (it would print in whatever font the machine has: convert text to outlines).
 */
const ALLOWED_ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'defs',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'use',
  'symbol',
]);

/** A logo, checked and cleaned, with the size of its viewBox (its proportions). */
export interface PartnerLogo {
  svg: string;
  width: number;
  height: number;
}

/** What is wrong with one element's attributes: scripts, and references to anything outside the file. */
function attributeProblems(element: XastElement): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(element.attributes)) {
    const where = `<${element.name} ${name}>`;
    if (/^on/i.test(name)) problems.push(`${where}: event handlers (scripts) are not allowed`);
    else if (/(^|:)href$/.test(name) && !value.startsWith('#'))
      problems.push(`${where}: links outside the file are not allowed ("${value}")`);
    else if (/url\(\s*['"]?(?!#)/i.test(value) || /@import|javascript:/i.test(value))
      problems.push(`${where}: references outside the file are not allowed ("${value}")`);
    else if (name === 'xml:base') problems.push(`${where}: is not allowed`);
  }
  return problems;
}

/**
 * Checks a partner's SVG logo before anything prints it: size, no DOCTYPE or entities, only the
 * elements above, no event handlers, no reference outside the file, and a viewBox so it scales.
 * Every problem is listed in one error naming the file. Returns the logo without comments,
 * metadata and editor data (svgo), ready to embed.
 */
export function checkPartnerLogo(text: string, file: string): PartnerLogo {
  const fail = (problems: string[]): never => {
    throw new Error(`${file}: ${problems.join('; ')}`);
  };
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_LOGO_BYTES)
    fail([
      `is ${Math.ceil(bytes / 1024)} KB; a logo may be at most ${MAX_LOGO_BYTES / 1024} KB (export it again as a plain SVG)`,
    ]);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) fail(['must not contain a DOCTYPE or entity declarations']);

  const problems: string[] = [];
  let elements = 0;
  let viewBox: number[] | undefined;
  const check: CustomPlugin = {
    name: 'checkPartnerLogo',
    fn: (root) => {
      const top = root.children.find((child): child is XastElement => child.type === 'element');
      if (top?.name !== 'svg') problems.push('must be an SVG file (its first element is not <svg>)');
      const box = top?.attributes['viewBox']
        ?.trim()
        .split(/[\s,]+/)
        .map(Number);
      if (box?.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0) viewBox = box;
      else problems.push('<svg viewBox>: is missing or not four numbers with a positive width and height');
      // The poster places the logo in its own box: the file's own size and position go.
      if (top) for (const name of ['width', 'height', 'x', 'y']) delete top.attributes[name];
      return {
        element: {
          enter: (element) => {
            elements += 1;
            if (!ALLOWED_ELEMENTS.has(element.name))
              problems.push(
                element.name === 'text' || element.name === 'tspan'
                  ? `<${element.name}>: convert text to outlines (paths) so that it prints the same everywhere`
                  : `<${element.name}>: is not allowed in a logo`,
              );
            problems.push(...attributeProblems(element));
          },
        },
        instruction: {
          enter: (node) => {
            if (node.name !== 'xml') problems.push(`<?${node.name}?>: processing instructions are not allowed`);
          },
        },
      };
    },
  };

  let svg: string;
  try {
    // Editor leftovers go first, so that an Inkscape or Illustrator export passes the check.
    svg = optimize(text, {
      multipass: false,
      plugins: [
        'removeXMLProcInst',
        'removeComments',
        'removeMetadata',
        'removeEditorsNSData',
        'removeTitle',
        'removeDesc',
        check,
      ],
    }).data;
  } catch (error) {
    return fail([
      `is not a readable SVG file (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    ]);
  }
  if (elements > MAX_ELEMENTS) problems.push(`has ${elements} elements; a logo may have at most ${MAX_ELEMENTS}`);
  if (problems.length > 0 || !viewBox) return fail(problems);
  return { svg, width: viewBox[2]!, height: viewBox[3]! };
}
