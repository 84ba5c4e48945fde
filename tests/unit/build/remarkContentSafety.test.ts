import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { CONTENT_ELEMENTS, remarkContentSafety } from '../../../src/build/remark/remarkContentSafety';

const FILE = 'content/help-notes/uz/languages.mdx';

/** Parses `body` as MDX, as the build does (GFM on), and runs the check on it, named like a content file. */
function check(body: string, options?: Parameters<typeof remarkContentSafety>[0]) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkContentSafety, options);
  const file = new VFile({ path: FILE, value: body });
  return processor.run(processor.parse(file), file);
}

/** The body, with the offending thing on line 3 (after a heading and a blank line). */
const onLine3 = (bad: string) => `## Heading\n\n${bad}\n\nMore text.\n`;

describe('remarkContentSafety', () => {
  it("accepts Markdown and the site's components as the content uses them", async () => {
    await expect(
      check(
        [
          '# Title',
          '',
          'Text with **bold**, a [link](https://example.org/a?b=c), [internal](/help/), [anchor](#part),',
          '[mail](mailto:help@example.org), ![picture](/images/a.png) and [ref][r].',
          '',
          '[r]: ./other/',
          '',
          '<Term id="risk-factor">risk</Term> and <Hotline id="111" /> and <span lang="ru">слово</span>.',
          '',
          '<PullQuote cite="Name, town">A quote.</PullQuote>',
          '',
          '<RiskDiagram />',
          '',
          '<Timeline>',
          '  <TimelineItem date="2024" title="First">Text.</TimelineItem>',
          '</Timeline>',
          '',
          'A literal \\{ brace.',
        ].join('\n'),
      ),
    ).resolves.toBeDefined();
  });

  it.each([
    [
      'a text expression',
      'Text {process.env.SECRET} here.',
      '{process.env.SECRET}: JavaScript expressions are not allowed',
    ],
    ['a flow expression', '{JSON.stringify(process.env)}', '{JSON.stringify(process.env)}: JavaScript expressions'],
    ['a comment, which is an expression too', '{/* note */}', 'JavaScript expressions are not allowed'],
    ['an import', "import fs from 'node:fs'", 'import/export: content may not load or define code'],
    ['an export', 'export const secret = process.env.TOKEN', 'import/export'],
    ['an expression attribute', '<Term id={"x"}>a</Term>', '<Term>: id={…} is a JavaScript expression'],
    ['a spread attribute', '<Hotline {...props} />', '<Hotline>: spread attribute {...props}'],
    ['an element off the list', '<div>a</div>', '<div>: not one of the elements content may use'],
    ['a link element', '<a href="https://example.org">a</a>', '<a>: not one of the elements'],
    ['a fragment', '<>a</>', 'a fragment <>…</>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://fake.example/" />', '<meta>: never allowed'],
    [
      'an attribute off the list',
      '<span lang="ru" style="color:red">a</span>',
      '<span>: attribute "style" is not allowed',
    ],
    ['an event handler', '<span onclick="alert(1)">a</span>', 'attribute "onclick" is not allowed'],
    ['a lang that is no language', '<span lang="ru x">a</span>', 'lang="ru x" is not a language tag'],
    [
      'an attribute of a component it does not take',
      '<RiskDiagram lang="en" />',
      '<RiskDiagram>: attribute "lang" is not allowed',
    ],
  ])('refuses %s, naming file and line', async (_name, bad, expected) => {
    const run = check(onLine3(bad));
    await expect(run).rejects.toThrow(expected);
    await expect(run).rejects.toThrow(`${FILE}:3:`);
  });

  it.each(['script', 'iframe', 'meta', 'style', 'object', 'embed', 'form', 'base', 'SCRIPT'])(
    'refuses <%s> even when someone adds it to the allowlist',
    async (name) => {
      const elements = { ...CONTENT_ELEMENTS, [name]: ['src', 'href', 'content', 'action'] };
      await expect(check(onLine3(`<${name}>a</${name}>`), { elements })).rejects.toThrow(
        `${FILE}:3: <${name}>: never allowed in content`,
      );
    },
  );

  it.each([
    ['[a](javascript:alert(1))', 'javascript: addresses are not allowed'],
    ['[a](JavaScript:alert(1))', 'javascript: addresses are not allowed'],
    ['[a](<\u0001 javascript:alert(1)>)', 'javascript: addresses are not allowed'],
    ['[a](<java\tscript:alert(1)>)', 'javascript: addresses are not allowed'],
    ['[a](data:text/html,x)', 'data: addresses are not allowed'],
    ['![a](data:image/svg+xml,x)', 'image "data:image/svg+xml,x": data: addresses'],
    ['[a](http://example.org/)', 'http: is not allowed: write https://'],
    ['www.example.org', 'http: is not allowed'],
    ['[a](//evil.example/)', 'leaves the site: write https://'],
    ['[a](/\\evil.example/)', 'leaves the site'],
    ['[d]: vbscript:x', 'vbscript: addresses are not allowed'],
    ['<span lang="ru" href="javascript:x">a</span>', 'href="javascript:x": javascript: addresses are not allowed'],
  ])('refuses the address in %s', async (bad, expected) => {
    const run = check(onLine3(bad));
    await expect(run).rejects.toThrow(expected);
    await expect(run).rejects.toThrow(`${FILE}:3:`);
  });

  it.each([
    '[call](tel:112)',
    '[call](TEL:112)',
    '[call](Tel:+77001234567)',
    '[call](< tel:112>)',
    '[n]: tel:112',
    '[text](sms:111)',
    '<span lang="ru" href="TEL:112">a</span>',
  ])('refuses a phone link typed by hand: %s', async (bad) => {
    const run = check(onLine3(bad));
    await expect(run).rejects.toThrow('links are not allowed: phone numbers come only from <Hotline id="…" />');
    await expect(run).rejects.toThrow(`${FILE}:3:`);
  });

  it('lists every problem in the file, each with its line', async () => {
    await expect(check('{a}\n\n<div />\n\n[x](tel:1)\n')).rejects.toThrow(
      new RegExp(`${FILE}:1: \\{a\\}.*\\n.*${FILE}:3: <div>.*\\n.*${FILE}:5: link "tel:1"`),
    );
  });
});
