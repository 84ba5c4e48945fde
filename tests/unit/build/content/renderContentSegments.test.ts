import { describe, expect, it } from 'vitest';
import { createContentRenderer } from '../../../../src/build/content/renderContentSegments';
import { remarkContentSafety } from '../../../../src/build/remark/remarkContentSafety';

const FILE = 'content/stories/kk/a-story.mdx';
const render = createContentRenderer([remarkContentSafety]);

describe('renderContentSegments', () => {
  it('turns plain Markdown into one run of HTML, with heading ids and smart quotes', async () => {
    expect(await render('## A "quoted" heading\n\nA paragraph with **strong** text.', FILE)).toEqual([
      '<h2 id="a-quoted-heading">A “quoted” heading</h2>\n<p>A paragraph with <strong>strong</strong> text.</p>',
    ]);
  });

  it('splits the HTML around a component and keeps its props and children', async () => {
    expect(await render('Read about <Term id="volunteer">volunteers</Term> here.', FILE)).toEqual([
      '<p>Read about ',
      { component: 'Term', props: { id: 'volunteer' }, children: ['volunteers'] },
      ' here.</p>',
    ]);
  });

  it('gives a component alone on its line no paragraph around it, as MDX does', async () => {
    expect(await render('Before.\n\n<PullQuote cite="Fatima">Words.</PullQuote>\n\nAfter.', FILE)).toEqual([
      '<p>Before.</p>\n',
      { component: 'PullQuote', props: { cite: 'Fatima' }, children: ['Words.'] },
      '\n<p>After.</p>',
    ]);
  });

  it('hands links to the link component and leaves span lang as HTML', async () => {
    expect(await render('See [the help page](/help/) <span lang="ru">сейчас</span>.', FILE)).toEqual([
      '<p>See ',
      { component: 'a', props: { href: '/help/' }, children: ['the help page'] },
      ' <span lang="ru">сейчас</span>.</p>',
    ]);
  });

  it('nests components inside components', async () => {
    const segments = await render('<Timeline>\n<TimelineItem date="2020" title="Start">Began.</TimelineItem>\n</Timeline>', FILE);
    expect(segments).toEqual([
      {
        component: 'Timeline',
        props: {},
        children: [{ component: 'TimelineItem', props: { date: '2020', title: 'Start' }, children: ['Began.'] }],
      },
    ]);
  });

  it('never evaluates an expression: the safety check refuses it, naming the file and line', async () => {
    await expect(render('Fine.\n\n{process.env.SECRET}', FILE)).rejects.toThrow(
      `${FILE}:3: {process.env.SECRET}: JavaScript expressions are not allowed`,
    );
  });
});
