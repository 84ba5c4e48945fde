/**
 * Lets a tool run under plain Node import modules of `src/` that use the project's one path alias
 * (`~/x` is `src/x.ts`, tsconfig.json), as Astro and Vitest resolve it. Import it before them.
 */
import { registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const SOURCE = join(fileURLToPath(new URL('..', import.meta.url)), 'src');

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (!specifier.startsWith('~/')) return nextResolve(specifier, context);
    return nextResolve(pathToFileURL(join(SOURCE, `${specifier.slice(2)}.ts`)).href, context);
  },
});
