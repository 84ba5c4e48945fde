/**
 * Where a page's share image lives, from the page's path inside the site (without base):
 * `/kk/stories/x/` → `og/kk/stories/x.png`, `/` → `og/index.png`, `/404.html` → `og/404.png`.
 * Used by the page head and by the integration that draws the images, so they cannot disagree.
 */
export function shareImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `og/${trimmed === '' ? 'index' : trimmed.replace(/\/index$/, '')}.png`;
}
