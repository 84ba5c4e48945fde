import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isLocale } from '~/i18n/locales';

/**
 * Authors write internal links root-relative and without a language (`/help/`). This prefixes
 * the base path and the entry's own language, taken from its folder (`content/stories/kk/…`), so
 * a link works under any `BASE_PATH`. On a fallback page `ContentLink` (mdxComponentsFor) then
 * moves it to the reader's language.
 */
export function remarkLocalizeLinks({ base }: { base: string }) {
  return (tree: Root, file: VFile) => {
    const lang = file.path.split(/[\\/]/).at(-2);
    if (!isLocale(lang)) return;
    visit(tree, 'link', (node) => {
      if (node.url.startsWith('/') && !node.url.startsWith('//')) {
        node.url = `${base}${lang}${node.url}`;
      }
    });
  };
}
