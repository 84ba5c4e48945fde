import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkCheckContentReferences } from '../../../src/build/remark/remarkCheckContentReferences';

const FILE = 'content/stories/kk/a-story.mdx';

/** Parses `body` as MDX, as the build does, and runs the check on it. */
function check(body: string) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkCheckContentReferences);
  const file = new VFile({ path: FILE, value: body });
  return processor.run(processor.parse(file), file);
}

describe('remarkCheckContentReferences', () => {
  it('accepts a verified hotline, a known term and ordinary numbers, also ones equal to a line', async () => {
    await expect(
      check(
        [
          '<Hotline id="112" /> and <Term id="anonymity">anonymity</Term>.',
          '',
          'In 2024, 1120 children. In 150 schools, 111 children took part; 102 of them were girls.',
          '',
          '| year | children |',
          '| --- | --- |',
          '| 2023 | 111 |',
        ].join('\n'),
      ),
    ).resolves.toBeDefined();
  });

  it('names a glossary term that does not exist', async () => {
    await expect(check('<Term id="no-such-term">x</Term>')).rejects.toThrow(
      '<Term id="no-such-term">: no entry with this id in content/glossary.yaml',
    );
  });

  it('refuses an unconfirmed line, which no page may show', async () => {
    await expect(check('<Hotline id="11616" />')).rejects.toThrow(
      '<Hotline id="11616">: no verified line with this id in content/hotlines.yaml',
    );
  });

  it.each([
    ['Call 112.', '112'],
    ['Text, then\n\nDial **116 16** now.', '116 16'],
    ['Позвоните по номеру 11616.', '11616'],
    ['Қоңырау шалыңыз: 150', '150'],
    ['111 – ishonch telefoni.', '111'],
    ['The [police line](https://example.org/) is 102.', '102'],
    ['Phone: `112`', '112'],
    ['☎ 1-1-2', '1-1-2'],
  ])('refuses a help-line number typed as a phone number: %s', async (body, typed) => {
    await expect(check(body)).rejects.toThrow(`hotline number "${typed}" typed by hand`);
  });

  it('names the line of a typed number', async () => {
    const error = await check('Intro.\n\nMore text here.\n\nOr call 112.').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ file: expect.stringContaining(FILE), line: 5 });
  });

  it('refuses a number typed as a phone number in a component attribute', async () => {
    await expect(check('<PullQuote cite="Call 150, a mother">Quote.</PullQuote>')).rejects.toThrow(
      '<PullQuote cite>: hotline number "150" typed by hand',
    );
  });
});
