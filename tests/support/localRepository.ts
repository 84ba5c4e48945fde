import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The content editor's "Work with Local Repository" mode asks the browser for a folder
 * (showDirectoryPicker), which no test can click through. These helpers put a copy of the
 * content in the page origin's private file system and hand that folder to the editor instead:
 * the editor reads and writes real files through the same File System Access API.
 */

/** Every content file, by its path in the repository (`content/stories/kk/x.mdx`). */
export function readContentFiles(root = 'content'): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (/\.(mdx|yaml)$/.test(file))
      files[`content/${file.split('\\').join('/')}`] = readFileSync(join(root, file), 'utf8');
  }
  return files;
}

/** Fills the origin's private folder with a git checkout's shape (`.git` and the files). */
export async function seedLocalRepository(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(async (entries) => {
    const root = await navigator.storage.getDirectory();
    for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys()) {
      await root.removeEntry(name, { recursive: true });
    }
    await root.getDirectoryHandle('.git', { create: true });
    for (const [path, text] of Object.entries(entries)) {
      const parts = path.split('/');
      let folder = root;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
}

/** Makes the editor's folder picker answer with the origin's private folder. */
export async function pickPrivateFolder(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showDirectoryPicker', { value: () => navigator.storage.getDirectory() });
  });
}

/** Reads files back from the origin's private folder. */
export async function readLocalRepository(page: Page, paths: string[]): Promise<Record<string, string | null>> {
  return page.evaluate(async (wanted) => {
    const root = await navigator.storage.getDirectory();
    const result: Record<string, string | null> = {};
    for (const path of wanted) {
      try {
        const parts = path.split('/');
        let folder = root;
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
        result[path] = await (await (await folder.getFileHandle(parts.at(-1) ?? '')).getFile()).text();
      } catch {
        result[path] = null;
      }
    }
    return result;
  }, paths);
}
