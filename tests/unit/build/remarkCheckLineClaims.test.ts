import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { findLineClaim, LINE_CLAIM_WORDS } from '../../../src/build/remark/lineClaimWords';
import { remarkCheckLineClaims } from '../../../src/build/remark/remarkCheckLineClaims';
import { LOCALES, type Locale } from '../../../src/i18n/locales';

const check = remarkCheckLineClaims();
const hotline = (id: string) => ({
  type: 'mdxJsxTextElement',
  name: 'Hotline',
  attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
  children: [],
});
const text = (value: string) => ({ type: 'text', value });
const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 40 } });

/**
 * Runs the check on `blocks` as they would sit in content/youth/<lang>/young-people.mdx; throws
 * "file:line: message", as the build prints it.
 */
function run(lang: Locale, blocks: unknown[]) {
  const tree = { type: 'root', children: blocks } as Root;
  try {
    check(tree, new VFile({ path: `content/youth/${lang}/young-people.mdx` }));
  } catch (error) {
    const { file, line, message } = error as { file: string; line?: number; message: string };
    throw new Error(`${file}:${line ?? '?'}: ${message}`);
  }
}

describe('remarkCheckLineClaims', () => {
  it.each([
    ['en', 'Call it is free and open 24/7:', 'free', 'cost'],
    ['en', 'It answers around the clock:', 'around the clock', 'hours'],
    ['en', 'You can stay anonymous when you call', 'anonym', 'anonymity'],
    ['en', 'They keep what you say private at', 'private', 'confidentiality'],
    ['en', 'A psychologist or a lawyer answers at', 'psycholog', 'who answers'],
    ['ru', 'Звонок бесплатный:', 'бесплатн', 'cost'],
    ['ru', 'Линия работает круглосуточно:', 'круглосуточн', 'hours'],
    ['ru', 'Обращение анонимно:', 'аноним', 'anonymity'],
    ['ru', 'Всё останется в тайне:', 'в тайне', 'confidentiality'],
    ['ru', 'Отвечают психологи и юристы:', 'психолог', 'who answers'],
    ['kk', 'Қоңырау тегін:', 'тегін', 'cost'],
    ['kk', 'Желі тәулік бойы жұмыс істейді:', 'тәулік бойы', 'hours'],
    ['kk', 'Атыңызды айтпай-ақ хабарласуға болады:', 'атыңызды айтп', 'anonymity'],
    ['kk', 'Айтқаның құпия сақталады:', 'құпия', 'confidentiality'],
    ['kk', 'Психологтар жауап береді:', 'психолог', 'who answers'],
    ['uz', 'Qoʻngʻiroq bepul:', 'bepul', 'cost'],
    ['uz', 'Ular kecha-kunduz ishlaydi:', 'kecha-kunduz', 'hours'],
    ['uz', 'Anonim qoʻngʻiroq qilish mumkin:', 'anonim', 'anonymity'],
    ['uz', 'Suhbat maxfiy saqlanadi:', 'maxfiy', 'confidentiality'],
    ['uz', 'Psixologlar javob beradi:', 'psixolog', 'who answers'],
  ] as const)(
    '%s: refuses "%s" beside a line, naming the word, its kind, the file and line',
    (lang, words, word, kind) => {
      expect(() =>
        run(lang, [{ type: 'paragraph', children: [text(words), hotline('111')], position: at(12) }]),
      ).toThrow(
        new RegExp(`youth/${lang}/young-people\\.mdx:12: "${word}" \\(${kind}\\) beside <Hotline id="111">`, 'iu'),
      );
    },
  );

  it('looks at the whole list item, and at headings and table rows', () => {
    const item = {
      type: 'listItem',
      position: at(30),
      children: [
        { type: 'paragraph', children: [text('Call '), hotline('150')] },
        { type: 'paragraph', children: [text('Calls are free.')] },
      ],
    };
    expect(() => run('en', [{ type: 'list', children: [item] }])).toThrow(
      /young-people\.mdx:30: "free" \(cost\) beside <Hotline id="150">/,
    );
    expect(() => run('en', [{ type: 'heading', depth: 2, children: [text('Free help: '), hotline('111')] }])).toThrow(
      /"Free" \(cost\)/,
    );
  });

  it('looks at the whole section under a heading that names a line, down to the next heading of its level', () => {
    const heading = (depth: number, ...children: unknown[]) => ({ type: 'heading', depth, children });
    const item = (words: string, line: number) => ({
      type: 'list',
      position: at(line),
      children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [text(words)] }] }],
    });
    // "Police: 102", then a list that says the line answers day and night, under a sub-heading.
    expect(() =>
      run('ru', [
        heading(2, text('Полиция: '), hotline('102')),
        heading(3, text('Что дальше')),
        item('Линия работает круглосуточно.', 41),
      ]),
    ).toThrow(/young-people\.mdx:41: "круглосуточн" \(hours\) in the section of <Hotline id="102">/);
    // The next heading of the same level ends the section; what the line's own data says is not counted.
    expect(() =>
      run('ru', [
        heading(2, text('Полиция: '), hotline('102')),
        { type: 'mdxJsxFlowElement', name: 'HotlineSays', attributes: [], children: [] },
        heading(2, text('Если вы не уверены')),
        item('Звонок из искреннего беспокойства — не ложный вызов; звонить можно круглосуточно.', 50),
      ]),
    ).not.toThrow();
  });

  it('accepts a line named plainly, and the same words in a paragraph without a line', () => {
    expect(() =>
      run('en', [
        { type: 'paragraph', children: [text('If something worries you, call '), hotline('111'), text('.')] },
        { type: 'paragraph', children: [text('You do not have to say your name, but they may see your number.')] },
      ]),
    ).not.toThrow();
  });

  it('matches whole word starts only, so "freedom" or "carefree" is not "free"', () => {
    expect(findLineClaim('their freedom to move', 'en')?.word).toBe('free');
    expect(findLineClaim('a carefree summer', 'en')).toBeUndefined();
    expect(findLineClaim('Терроризм и ребенок', 'ru')).toBeUndefined();
  });

  it('has a word list for every kind in every language', () => {
    for (const lang of LOCALES)
      for (const words of Object.values(LINE_CLAIM_WORDS[lang])) expect(words.length, lang).toBeGreaterThan(0);
  });
});
