import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { findPublishedLine } from '../../../src/data/hotlines';
import { mdxComponentsFor } from '../../../src/components/mdx/index';
import { GET as dialogJson } from '../../../src/pages/[lang]/search/dialog.json';

/*
 * Two Astro APIs the site keeps although they are not promised to stay (why, beside each use):
 * `isAstroComponentFactory` (src/components/mdx/index.ts) and `experimental_AstroContainer`
 * (src/pages/[lang]/search/dialog.json.ts). These tests fail when an Astro release changes them.
 */
describe('Astro internals the build relies on', () => {
  it('a component with props fixed by withProps renders with those props (isAstroComponentFactory)', async () => {
    const container = await AstroContainer.create();
    const { Hotline } = mdxComponentsFor('ru');
    const html = await container.renderToString(Hotline, { props: { id: '111' }, params: { lang: 'kk' } });
    expect(html).toContain(findPublishedLine('111', 'test').name.ru);
    expect(html).not.toContain(findPublishedLine('111', 'test').name.kk);
  });

  it('the search dialog renders to a JSON file through the container (experimental_AstroContainer)', async () => {
    const response = await dialogJson({ params: { lang: 'uz' } } as unknown as Parameters<typeof dialogJson>[0]);
    const { html } = (await response.json()) as { html: string };
    expect(html).toMatch(/^<dialog[\s>]/);
    expect(html).toContain('data-search-query');
  });
});
