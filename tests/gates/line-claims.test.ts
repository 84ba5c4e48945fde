import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { publishedHotlines } from '../../src/data/hotlines';
import { isLocale, type Locale } from '../../src/i18n/locales';
import { findLineClaim } from '../../src/build/remark/lineClaimWords';
import { builtPages } from '../../src/build/builtPages';
import { FALLBACK_DIR } from '../support/fixtureSites';
import { SUBPATH_BASE, SUBPATH_DIR } from '../support/subpathSite';

/*
 * What every built page says about help lines, whatever produced it (MDX, a component, a UI
 * string, a fallback): a line with a warning never appears without it, and no text beside a
 * number states its cost, hours, anonymity, confidentiality or who answers except the parts
 * rendered from content/hotlines.yaml.
 */
const BUILDS = [
  { folder: 'dist', base: '/' },
  { folder: SUBPATH_DIR, base: SUBPATH_BASE },
  { folder: FALLBACK_DIR, base: '/' },
];
const WARNED = publishedHotlines.filter((line) => line.inlineNote);
/** Parts of a block rendered from the line's data, or not visible text. */
const FROM_DATA = '[data-hotline-note], [data-hotline-says], [data-hotline-caveat], .sr-only, a[href^="tel:"]';

/** The language the text at `element` is in (fallback text carries its own `lang`). */
function langAt(element: HTMLElement): Locale | undefined {
  for (let node: HTMLElement | null = element; node; node = node.parentNode) {
    const lang = node.getAttribute?.('lang');
    if (lang && isLocale(lang)) return lang;
  }
  return undefined;
}

/** `block`'s visible text without what the line's data rendered. */
function ownText(block: HTMLElement): string {
  const copy = block.clone() as HTMLElement;
  for (const rendered of copy.querySelectorAll(FROM_DATA)) rendered.remove();
  return copy.textContent;
}

for (const build of BUILDS) {
  describe(`${build.folder}: help lines on every page`, () => {
    const pages = builtPages(build.folder, build.base);

    it.each(WARNED.map((line) => [line.display, line] as const))(
      'never shows %s without its warning, in the language around it',
      (_display, line) => {
        let seen = 0;
        for (const page of pages) {
          for (const link of page.document.querySelectorAll(`a[href="tel:${line.number}"]`)) {
            seen += 1;
            const lang = langAt(link);
            if (!lang) throw new Error(`${page.path}: tel:${line.number} outside any lang`);
            const card = link.closest('[data-hotline], [data-offer-line]');
            const caveat = card?.querySelector('[data-hotline-caveat]')?.textContent ?? '';
            const note =
              link.nextElementSibling?.getAttribute('data-hotline-note') === line.id ? link.nextElementSibling : null;
            const warning = `${note?.textContent ?? ''} ${caveat}`;
            expect(warning, `${page.path}: tel:${line.number}`).toContain(
              (note ? line.inlineNote : line.caveat)?.[lang] ?? '(no text for this language)',
            );
          }
        }
        if (build.folder === 'dist')
          expect(seen, 'the line appears somewhere, or this test proves nothing').toBeGreaterThan(3);
      },
    );

    it('states no cost, hours, anonymity, confidentiality or who answers beside a number but from the data', () => {
      const found: string[] = [];
      for (const page of pages) {
        for (const block of page.document.querySelectorAll('p, li, h2, h3, h4, tr, dd')) {
          if (!block.querySelector('a[href^="tel:"]')) continue;
          if (block.querySelector('p, li, tr, dd')) continue; // the innermost block speaks for itself
          const lang = langAt(block);
          const claim = lang && findLineClaim(ownText(block), lang);
          if (claim)
            found.push(`${page.path}: "${claim.word}" (${claim.kind}) in «${ownText(block).trim().slice(0, 80)}»`);
        }
      }
      expect(found).toEqual([]);
    });
  });
}
