import { isUnifiedProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import type { Loader } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob as listFiles } from 'tinyglobby';
import type { PluggableList } from 'unified';
import type { ContentSegment, RenderedContent } from '~/build/content/renderedContent';
import { createContentRenderer } from '~/build/content/renderContentSegments';
import { ENTRY_GLOB, type Collection } from '~/data/contentModel';
import { CONTENT_ROOT } from '~/data/contentRoot';
import { isLocale, LOCALES } from '~/i18n/locales';
import { SLUG_PATTERN } from '~/schemas/shared';
import { countReadingMinutes } from '~/utils/countReadingMinutes';

/** The libraries that turn a file into segments (their lock entries, when a lock file is there, cover the rest). */
const RENDER_LIBRARIES = [
  'astro',
  '@astrojs/markdown-remark',
  'unified',
  'remark-parse',
  'remark-mdx',
  'remark-gfm',
  'remark-smartypants',
  'remark-rehype',
  'hast-util-to-html',
];

/** What the renderer reads besides the file: the site's code, the data beside the collections, the libraries. */
function renderInputFiles(): string[] {
  const code = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join('src', file));
  const data = readdirSync(CONTENT_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(CONTENT_ROOT, entry.name));
  const libraries = RENDER_LIBRARIES.map((name) => join('node_modules', name, 'package.json'));
  return [...code.sort(), ...data.sort(), ...libraries, 'astro.config.mjs', 'package-lock.json'].filter((file) =>
    existsSync(file),
  );
}

/**
 * A digest of everything a rendered entry depends on besides its own file. A stored rendering is
 * used again only when both its file and this are unchanged; any change to the code, to
 * hotlines.yaml or glossary.yaml (which the remark checks read) or to a library renders every
 * entry again. Wider than strictly needed, so that it is never too narrow.
 */
function renderInputsDigest(): string {
  const hash = createHash('sha256');
  for (const file of renderInputFiles()) {
    hash.update(file);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** The remark plugins of `markdown.processor` in astro.config.mjs: the same checks as any Markdown. */
function configuredRemarkPlugins(config: AstroConfig): PluggableList {
  const processor = config.markdown.processor;
  if (!processor || !isUnifiedProcessor(processor))
    throw new Error('astro.config.mjs: markdown.processor must be unified({ remarkPlugins }) for content checks');
  return processor.options.remarkPlugins as PluggableList;
}

/** `<lang>/<slug>` for a file of a collection folder; a misplaced or misnamed file stops the build. */
function entryId(folder: string, entry: string): string {
  const where = `content/${folder}/${entry}`;
  const parts = entry.replace(/\.mdx$/, '').split('/');
  if (parts.length !== 2) throw new Error(`${where}: files must sit in a language folder (${LOCALES.join(', ')})`);
  const [lang, slug] = parts as [string, string];
  if (!isLocale(lang)) throw new Error(`${where}: language folder "${lang}" is not one of ${LOCALES.join(', ')}`);
  if (!SLUG_PATTERN.test(slug))
    throw new Error(`${where}: slug "${slug}" must be lower-case ASCII letters, digits and hyphens`);
  return `${lang}/${slug}`;
}

/** A check's failure as `file:line: message` (the safety check already lists each line itself). */
function contentError(error: unknown, where: string): Error {
  const { reason, line } = error as { reason?: string; line?: number };
  const message = reason ?? (error instanceof Error ? error.message : String(error));
  return new Error(message.startsWith(where) ? message : `${where}${line ? `:${line}` : ''}: ${message}`, {
    cause: error,
  });
}

/**
 * Loads `content/<folder>/<lang>/<slug>.mdx` (drafts, `_*`, skipped). The id is `<lang>/<slug>`.
 * Frontmatter is parsed and checked on every build, since its checks read other files (entries a
 * story names may be gone). The body is rendered to segments (renderContentSegments.ts) and kept
 * in Astro's content store: the next build renders it again only if the file or what the
 * rendering reads has changed. No content file becomes a module, so none is bundled: bundling
 * takes about as long with 3 stories as with 3,000 (docs/benchmarks.md, "Scale").
 */
export function localizedMdxLoader({ folder }: Collection): Loader {
  return {
    name: 'localized-mdx',
    load: async ({ collection, config, store, parseData, generateDigest, watcher, logger }) => {
      const base = join(CONTENT_ROOT, folder);
      const render = createContentRenderer(configuredRemarkPlugins(config));
      const inputs = renderInputsDigest();
      const tally = { rendered: 0, kept: 0 };

      async function sync(entry: string): Promise<string> {
        const id = entryId(folder, entry);
        const filePath = join(base, entry);
        const where = relative(process.cwd(), filePath).split(sep).join('/');
        const contents = await readFile(filePath, 'utf8');
        // The store keeps an entry whose digest is unchanged: it covers the file and what renders it.
        const digest = generateDigest(`${inputs}\n${contents}`);
        let parsed;
        try {
          // Blank lines keep the frontmatter's place, so a check's line is the file's line.
          parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
        } catch (error) {
          const mark = (error as { mark?: { line: number } }).mark;
          throw contentError({ reason: (error as Error).message, line: mark ? mark.line + 1 : undefined }, where);
        }
        const data = await parseData({ id, data: parsed.frontmatter, filePath });
        const kept = store.get(id);
        if (kept?.digest === digest && kept.rendered?.metadata?.['segments']) {
          tally.kept += 1;
          return id;
        }
        tally.rendered += 1;
        let segments: ContentSegment[];
        try {
          segments = await render(parsed.content, filePath);
        } catch (error) {
          throw contentError(error, where);
        }
        // The body is not kept: the segments are the text, and a store holding both is twice the size.
        const metadata: RenderedContent = { segments, readingMinutes: countReadingMinutes(parsed.content) };
        store.set({
          id,
          data,
          filePath: relative(fileURLToPath(config.root), filePath).split(sep).join('/'),
          digest,
          rendered: { html: '', metadata },
        });
        return id;
      }

      const files = (await listFiles(ENTRY_GLOB, { cwd: base })).sort();
      const loaded = new Set<string>();
      // One at a time: rendering is CPU work, and a fixed order keeps builds reproducible.
      for (const entry of files) loaded.add(await sync(entry));
      for (const id of store.keys()) if (!loaded.has(id)) store.delete(id);
      // The benchmarks and the determinism test read this line.
      logger.info(`${collection}: ${tally.rendered} rendered, ${tally.kept} from the content store`);

      if (!watcher) return;
      watcher.add(base);
      const inFolder = (path: string) => {
        const entry = relative(base, path).split(sep).join('/');
        const file = entry.split('/').at(-1) ?? '';
        return !entry.startsWith('..') && entry.endsWith('.mdx') && !file.startsWith('_') ? entry : undefined;
      };
      const onChange = async (path: string) => {
        const entry = inFolder(path);
        if (entry) await sync(entry).catch((error: unknown) => logger.error(String((error as Error).message)));
      };
      watcher.on('add', onChange);
      watcher.on('change', onChange);
      watcher.on('unlink', (path: string) => {
        const entry = inFolder(path);
        if (entry) store.delete(entryId(folder, entry));
      });
    },
  };
}
