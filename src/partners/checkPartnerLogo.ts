import { optimize, type CustomPlugin, type XastElement, type XastParent } from 'svgo';

/** A logo is a small drawing: larger files are usually embedded photos or editor leftovers. */
export const MAX_LOGO_BYTES = 50 * 1024;
export const MAX_ELEMENTS = 2000;
/**
 * How many shapes a logo may draw once every `<use>`, clip path and mask is expanded. A `<use>` of
 * a group of `<use>`s multiplies: ten per level over five levels is 100,000 shapes from 1 KB, and
 * resvg draws each one for every poster, card and PDF of every language, which stalls the build.
 */
export const MAX_RENDERED_SHAPES = 5000;
/** How deep `<use>` may point at groups that contain `<use>` again. */
export const MAX_USE_DEPTH = 3;
/** The widest and the tallest a logo may be (width to height, and the other way round). */
const MAX_ASPECT_RATIO = 20;

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/**
 * What a logo may be drawn with: shapes, groups, gradients, clipping and references inside the
 * file. No scripts, styles, links, embedded images, foreign content or animation, no nested
 * `<svg>` (its own viewport could reach outside the logo's box), and no text (it would print in
 * whatever font the machine has: convert text to outlines).
 */
const ALLOWED_ELEMENTS = new Set([
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

/**
 * How a shape is painted: allowed as an attribute and as a `style` property alike. `overflow` is
 * not among them (a logo never draws outside its box), nor anything that can name a file.
 */
const PAINT = new Set([
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'opacity',
  'color',
  'clip-path',
  'clip-rule',
  'mask',
  'display',
  'visibility',
  'vector-effect',
  'shape-rendering',
  'paint-order',
  'stop-color',
  'stop-opacity',
  'color-interpolation',
  'mix-blend-mode',
  'isolation',
]);

/** Geometry, structure and the references inside the file. Everything else is refused. */
const ATTRIBUTES = new Set([
  ...PAINT,
  'id',
  'class',
  'style',
  'x',
  'y',
  'width',
  'height',
  'rx',
  'ry',
  'cx',
  'cy',
  'r',
  'fx',
  'fy',
  'fr',
  'x1',
  'y1',
  'x2',
  'y2',
  'd',
  'points',
  'pathLength',
  'transform',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'offset',
  'clipPathUnits',
  'maskUnits',
  'maskContentUnits',
  'viewBox',
  'preserveAspectRatio',
  'refX',
  'refY',
  'href',
  'xlink:href',
]);
/** Attributes only the root may carry. */
const ROOT_ATTRIBUTES = new Set(['xmlns', 'viewBox', 'preserveAspectRatio']);
/** The elements that may point at another element of the file with `href`. */
const HREF_ELEMENTS = new Set(['use', 'linearGradient', 'radialGradient']);
/** Elements drawn only where something points at them (counted there, once per reference). */
const DRAWN_WHEN_REFERENCED = new Set(['defs', 'symbol', 'clipPath', 'mask', 'linearGradient', 'radialGradient']);
/** Inert leftovers of drawing programs, dropped rather than refused. */
const DROPPED_ATTRIBUTE = /^(data-.*|xml:space|enable-background|version|baseProfile)$/;
/** Vendor and font properties in `style` (a logo has no text): inert, dropped. */
const DROPPED_PROPERTY = /^(-[a-z]+-.*|font|font-.*|line-height|letter-spacing|word-spacing|text-.*|white-space)$/;
/**
 * The CSS and transform functions a value may call. `url()` only as `url(#id)`, inside the file:
 * `image()`, `image-set()`, `src()`, `cross-fade()`, `element()`, `var()`, `env()` and anything
 * new are refused, because each can load a file or read something else.
 */
const FUNCTIONS = new Set([
  'url',
  'rgb',
  'rgba',
  'hsl',
  'hsla',
  'matrix',
  'translate',
  'scale',
  'rotate',
  'skewx',
  'skewy',
]);
const LOCAL_URL = /^url\(\s*(['"]?)#[\w.:-]+\1\s*\)$/i;
const LOCAL_HREF = /^#[\w.:-]+$/;

/** A logo, checked and cleaned, with the size of its viewBox (its proportions). */
export interface PartnerLogo {
  svg: string;
  width: number;
  height: number;
}

/** What is wrong with one value: CSS escapes, and functions that could fetch or read anything. */
function valueProblems(where: string, value: string): string[] {
  // A CSS escape can spell any word (`\75rl(` is `url(`): no logo needs one.
  if (value.includes('\\')) return [`${where}: escapes ("\\") are not allowed ("${value}")`];
  const problems: string[] = [];
  for (const match of value.matchAll(/([a-z-]*)\s*\(/gi)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!FUNCTIONS.has(name)) problems.push(`${where}: "${name}(" is not allowed ("${value}")`);
    else if (name === 'url' && !LOCAL_URL.test(value.slice(match.index).replace(/\).*$/s, ')')))
      problems.push(`${where}: references outside the file are not allowed ("${value}")`);
  }
  return problems;
}

/** Checks one element's attributes against the allowlist; drops inert leftovers; returns what is wrong. */
function attributeProblems(element: XastElement, isRoot: boolean): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(element.attributes)) {
    const where = `<${element.name} ${name}>`;
    if (DROPPED_ATTRIBUTE.test(name)) {
      delete element.attributes[name];
      continue;
    }
    if (name.startsWith('xmlns:')) continue; // a prefix declaration; prefixed names are refused below
    if (/^on/i.test(name)) problems.push(`${where}: event handlers (scripts) are not allowed`);
    else if (name === 'overflow') problems.push(`${where}: a logo may not draw outside its box`);
    else if (ROOT_ATTRIBUTES.has(name) && !isRoot && !(element.name === 'symbol' && name !== 'xmlns'))
      problems.push(`${where}: is allowed on the logo's <svg> only`);
    else if (!ATTRIBUTES.has(name) && !ROOT_ATTRIBUTES.has(name))
      problems.push(`${where}: is not an attribute a logo may use`);
    else if (name === 'transform' && isRoot) problems.push(`${where}: the logo as a whole may not be moved or scaled`);
    else if (name === 'href' || name === 'xlink:href') {
      if (!HREF_ELEMENTS.has(element.name)) problems.push(`${where}: is not allowed on <${element.name}>`);
      else if (!LOCAL_HREF.test(value)) problems.push(`${where}: links outside the file are not allowed ("${value}")`);
    } else if (name === 'style') problems.push(...styleProblems(element, value));
    else problems.push(...valueProblems(where, value));
  }
  return problems;
}

/** Checks a `style` attribute property by property, as the attributes are; drops inert properties. */
function styleProblems(element: XastElement, style: string): string[] {
  const problems: string[] = [];
  const kept: string[] = [];
  for (const declaration of style.split(';')) {
    if (!declaration.trim()) continue;
    const colon = declaration.indexOf(':');
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    const where = `<${element.name} style="${property}">`;
    if (colon < 0 || property.includes('\\'))
      problems.push(`<${element.name} style>: cannot read "${declaration.trim()}"`);
    else if (DROPPED_PROPERTY.test(property)) continue;
    else if (property === 'overflow') problems.push(`${where}: a logo may not draw outside its box`);
    else if (!PAINT.has(property)) problems.push(`${where}: is not a property a logo may use`);
    else {
      problems.push(...valueProblems(where, value));
      kept.push(`${property}:${value}`);
    }
  }
  if (kept.length > 0) element.attributes['style'] = kept.join(';');
  else delete element.attributes['style'];
  return problems;
}

function childElements(parent: XastParent): XastElement[] {
  return parent.children.filter((child): child is XastElement => child.type === 'element');
}

/** The ids an element points at: its `href` and every `url(#id)` in its attributes. */
function referencesOf(element: XastElement): string[] {
  const ids: string[] = [];
  for (const [name, value] of Object.entries(element.attributes)) {
    if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) ids.push(value.slice(1));
    for (const match of value.matchAll(/url\(\s*['"]?#([\w.:-]+)/gi)) ids.push(match[1] ?? '');
  }
  return ids;
}

/**
 * How many shapes the logo draws once expanded, and how deep `<use>` nests: each element counts
 * once per time it is drawn, through every `<use>`, clip path and mask that points at it. Each
 * element is costed once (memoised), so a bomb is measured in linear time, not expanded.
 */
function renderCost(root: XastElement): { shapes: number; useDepth: number; loop?: string } {
  const byId = new Map<string, XastElement>();
  const visit = (element: XastElement) => {
    const id = element.attributes['id'];
    if (id) byId.set(id, element);
    childElements(element).forEach(visit);
  };
  visit(root);
  const memo = new Map<XastElement, { shapes: number; useDepth: number }>();
  const open = new Set<XastElement>();
  let loop: string | undefined;
  const cost = (element: XastElement): { shapes: number; useDepth: number } => {
    const known = memo.get(element);
    if (known) return known;
    if (open.has(element)) {
      loop ??= element.attributes['id'] ?? element.name;
      return { shapes: 0, useDepth: 0 };
    }
    open.add(element);
    let shapes = 1;
    let useDepth = 0;
    for (const child of childElements(element)) {
      if (DRAWN_WHEN_REFERENCED.has(child.name)) continue;
      const inner = cost(child);
      shapes += inner.shapes;
      useDepth = Math.max(useDepth, inner.useDepth);
    }
    for (const id of referencesOf(element)) {
      const target = byId.get(id);
      if (!target) continue;
      const inner = cost(target);
      shapes += inner.shapes;
      useDepth = Math.max(useDepth, inner.useDepth + (element.name === 'use' ? 1 : 0));
    }
    open.delete(element);
    const result = { shapes: Math.min(shapes, Number.MAX_SAFE_INTEGER), useDepth };
    memo.set(element, result);
    return result;
  };
  const total = cost(root);
  return loop ? { ...total, loop } : total;
}

/**
 * Checks a partner's SVG logo before anything prints it: size, no DOCTYPE or entities, only the
 * elements and attributes above, no event handlers, no reference outside the file, nothing that
 * draws outside its box, a bounded drawing cost, and a viewBox of sensible proportions. Every
 * problem is listed in one error naming the file. Returns the logo without comments, metadata
 * and editor data (svgo), ready to embed (src/partners/embedPartnerLogo.ts).
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
      const top = childElements(root)[0];
      if (top?.name !== 'svg') problems.push('must be an SVG file (its first element is not <svg>)');
      else if (top.attributes['xmlns'] !== SVG_NAMESPACE)
        problems.push(`<svg xmlns>: must be the SVG namespace (${SVG_NAMESPACE})`);
      const box = top?.attributes['viewBox']
        ?.trim()
        .split(/[\s,]+/)
        .map(Number);
      if (box?.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0) {
        const ratio = box[2]! / box[3]!;
        if (ratio > MAX_ASPECT_RATIO || ratio < 1 / MAX_ASPECT_RATIO)
          problems.push(
            `<svg viewBox>: a logo may be at most ${MAX_ASPECT_RATIO} times wider than tall or taller than wide`,
          );
        else viewBox = box;
      } else problems.push('<svg viewBox>: is missing or not four numbers with a positive width and height');
      // The poster places the logo in its own box: the file's own size and position go.
      if (top) for (const name of ['width', 'height', 'x', 'y']) delete top.attributes[name];
      if (top?.name === 'svg') {
        const { shapes, useDepth, loop } = renderCost(top);
        if (loop) problems.push(`#${loop}: refers to itself through <use>, a clip path or a mask`);
        if (useDepth > MAX_USE_DEPTH)
          problems.push(`<use>: nests ${useDepth} deep; a logo may nest <use> at most ${MAX_USE_DEPTH} deep`);
        if (shapes > MAX_RENDERED_SHAPES)
          problems.push(
            `draws ${shapes} shapes once every <use> is expanded; a logo may draw at most ${MAX_RENDERED_SHAPES}`,
          );
      }
      return {
        element: {
          enter: (element, parent) => {
            elements += 1;
            const isRoot = element === top;
            if (element.name === 'svg' && !isRoot)
              problems.push("<svg>: a nested <svg> is not allowed (it could draw outside the logo's box)");
            else if (!isRoot && !ALLOWED_ELEMENTS.has(element.name))
              problems.push(
                element.name === 'text' || element.name === 'tspan'
                  ? `<${element.name}>: convert text to outlines (paths) so that it prints the same everywhere`
                  : `<${element.name}>: is not allowed in a logo`,
              );
            problems.push(...attributeProblems(element, isRoot && parent === root));
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
