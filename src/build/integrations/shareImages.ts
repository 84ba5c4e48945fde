import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { listHtmlFiles } from '~/build/builtPages';
import { isLocale } from '~/i18n/locales';
import { useTranslations } from '~/i18n/translate';
import { renderTallies } from '~/cache/renderCache';
import { cachedShareImage } from '~/share/cachedShareImage';
import { shareImagePath } from '~/share/shareImagePath';
import { linesFor } from '~/data/hotlinePlacements';

/**
 * Draws a share image (1200×630 PNG) for every built page after the build, from the page's own
 * `og:title` and `lang`, at the address its head announces (shareImagePath). No browser needed.
 * Images of unchanged text come from the render cache (src/cache/renderCache.ts); the build then
 * prints what was drawn and what was reused, posters included (the scale benchmark reads it).
 */
export function shareImages(): AstroIntegration {
  return {
    name: 'share-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // `shareImages` in content/hotline-placements.yaml: a share card states no detail either.
        const lines = linesFor('shareImages');
        const numbers = (tier: string) =>
          lines
            .filter((line) => line.tier === tier)
            .map((line) => line.display)
            .join(' · ');
        const drawFor = async (file: string) => {
          // The title and language are in the head: parsing only that much is a tenth of the work.
          const html = await readFile(file, 'utf8');
          const headEnd = html.indexOf('</head>');
          const root = parse(headEnd === -1 ? html : html.slice(0, headEnd));
          const title = root.querySelector('meta[property="og:title"]')?.getAttribute('content');
          const lang = root.querySelector('html')?.getAttribute('lang');
          if (!title || !isLocale(lang)) return;
          const t = useTranslations(lang);
          const png = await cachedShareImage({
            title,
            siteName: t('site.name'),
            footer: `${t('helpStrip.danger')} ${numbers('emergency')}   ${t('helpStrip.advice')} ${numbers('support')}`,
          });
          const target = join(outDir, shareImagePath(`/${relative(outDir, file)}`));
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, png);
        };
        // A few pages at a time, so that reading one file overlaps with writing another.
        const files = listHtmlFiles(outDir);
        let next = 0;
        await Promise.all(
          Array.from({ length: 8 }, async () => {
            while (next < files.length) await drawFor(files[next++] ?? '');
          }),
        );
        for (const [kind, tally] of renderTallies())
          logger.info(
            `renders ${kind}: ${tally.drawn} drawn, ${tally.cached} from the cache, ${(tally.milliseconds / 1000).toFixed(1)} s`,
          );
      },
    },
  };
}
