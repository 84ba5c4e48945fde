import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { reencodeImage } from '~/media/reencodeImage';

/** Files a git checkout or an operating system leaves in folders, which are not uploads. */
const IGNORED = new Set(['.gitkeep', '.DS_Store', 'Thumbs.db']);

/**
 * Every upload in `sourceDir` re-encoded (reencodeImage.ts), by its path inside the folder. Any
 * file that is not a JPEG, PNG or WebP image fails the build, naming it as `displayRoot/...`;
 * every bad file is listed in one error.
 */
export async function publishMedia(sourceDir: string, displayRoot: string): Promise<Map<string, Buffer>> {
  let entries;
  try {
    entries = await readdir(sourceDir, { withFileTypes: true, recursive: true });
  } catch {
    return new Map();
  }
  const files = entries
    .filter((entry) => !entry.isDirectory() && !IGNORED.has(entry.name))
    .map((entry) => relative(sourceDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  const published = new Map<string, Buffer>();
  const problems: string[] = [];
  for (const file of files) {
    const shown = `${displayRoot}/${file}`;
    try {
      published.set(file, await reencodeImage(await readFile(join(sourceDir, file)), shown));
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (problems.length > 0) throw new Error(`uploaded media refused:\n  ${problems.join('\n  ')}`);
  return published;
}
