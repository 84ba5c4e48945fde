// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { siteConfig } from './site.config';
import { ASTRO_CACHE_DIR } from './src/cache/cacheDirs';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales';
import { siteScript } from './src/build/integrations/siteScript';
import { hotlineFreshness } from './src/build/integrations/hotlineFreshness';
import { previewWarning } from './src/build/integrations/previewWarning';
import { pagefindIndex } from './src/build/integrations/pagefindIndex';
import { contentEditor } from './src/build/integrations/contentEditor';
import { securityHeaders } from './src/build/integrations/securityHeaders';
import { shareImages } from './src/build/integrations/shareImages';
import { uploadedMedia } from './src/build/integrations/uploadedMedia';
import { remarkCheckContentReferences } from './src/build/remark/remarkCheckContentReferences';
import { remarkCheckLineClaims } from './src/build/remark/remarkCheckLineClaims';
import { remarkContentSafety } from './src/build/remark/remarkContentSafety';
import { remarkLocalizeLinks } from './src/build/remark/remarkLocalizeLinks';

/** Where the site is published and who answers for it: site.config.ts (environment variables override). */
const { site, base } = siteConfig;

export default defineConfig({
  site,
  base,
  // Tests build fixture sites side by side with the real one; each gets its own folders.
  outDir: process.env.OUT_DIR ?? './dist',
  // The render cache (share images, posters) lives inside it: src/cache/cacheDirs.ts.
  cacheDir: ASTRO_CACHE_DIR,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      // Safety first: nothing else reads a file that holds code or a forbidden element.
      remarkPlugins: [
        remarkContentSafety,
        remarkCheckContentReferences,
        remarkCheckLineClaims,
        [remarkLocalizeLinks, { base }],
      ],
    }),
  },
  integrations: [
    mdx(),
    siteScript(),
    uploadedMedia(),
    hotlineFreshness(),
    pagefindIndex(),
    shareImages(),
    // Only in builds for no public address (`npm start`, tests): never beside the readers.
    contentEditor({ preview: siteConfig.preview }),
    securityHeaders(),
    sitemap({
      // Not-found pages and the help card made for other sites' frames are not for search engines.
      filter: (page) => !/\/404\/?$/.test(page) && !page.includes('/embed/'),
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        // hreflang is the locale code itself (`uz` = Uzbek in its likely script, Latin).
        locales: Object.fromEntries(LOCALES.map((lang) => [lang, lang])),
      },
    }),
    // Last, so its box is the final thing the build prints.
    previewWarning(siteConfig),
  ],
  // Scripts stay external files (never inlined): one cached copy for every page, and a CSP
  // without per-script hashes, which would add half a kilobyte of incompressible text per page.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
