import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** The installed version of a package, found where Node would look for it (its exports aside). */
function packageVersion(name: string): string {
  for (const folder of require.resolve.paths(name) ?? []) {
    const manifest = join(folder, name, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  }
  throw new Error(`renderFingerprint: package ${name} is not installed`);
}

/**
 * What a kind of drawing depends on besides its own text, as one hash: the versions of the
 * libraries that draw it, the bytes of its fonts (resolved like `require.resolve`), and the source
 * of the modules that lay it out (`sources`, from `import.meta.glob(…, { query: '?raw' })`, so that
 * editing a template redraws everything it draws). Part of every cache key of that kind.
 */
export function renderFingerprint({
  packages,
  fonts,
  sources,
}: {
  packages: readonly string[];
  fonts: readonly string[];
  sources: Record<string, string>;
}): string {
  // An empty glob would key drawings on nothing of their template, and let stale files through.
  if (Object.keys(sources).length === 0) throw new Error('renderFingerprint: no template source given');
  const hash = createHash('sha256');
  for (const name of [...packages].sort()) hash.update(`${name}@${packageVersion(name)}\n`);
  // The font's bytes, not its path: the same fonts give the same key in any checkout.
  for (const font of [...fonts].sort()) hash.update(readFileSync(require.resolve(font)));
  for (const path of Object.keys(sources).sort()) hash.update(path).update(sources[path] ?? '');
  return hash.digest('hex');
}
