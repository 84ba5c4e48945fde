import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The design tokens a poster uses (light scheme: print is on white paper). */
const TOKENS = ['ink', 'raised', 'accent', 'danger', 'on-strong', 'highlight', 'line'] as const;
export type PosterColour = (typeof TOKENS)[number];

let colours: Record<PosterColour, string> | undefined;

/**
 * The colours of `src/styles/global.css`'s `@theme` block, read at build so posters and pages
 * never drift apart. A token that is missing or not a hex colour stops the build, naming it.
 */
export function posterColours(): Record<PosterColour, string> {
  if (colours) return colours;
  const file = 'src/styles/global.css';
  const css = readFileSync(join(process.cwd(), file), 'utf8');
  const theme = /@theme\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const read = (token: PosterColour) => {
    const value = new RegExp(`--color-${token}:\\s*(#[0-9a-f]{6})\\s*;`, 'i').exec(theme)?.[1];
    if (!value) throw new Error(`${file}: @theme has no hex colour --color-${token}, which the posters use`);
    return value;
  };
  colours = Object.fromEntries(TOKENS.map((token) => [token, read(token)])) as Record<PosterColour, string>;
  return colours;
}
