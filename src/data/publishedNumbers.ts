import type { Hotline } from '../schemas/hotline.ts';

/**
 * THE numbers this site may publish, by line id: the pin. A verified line in
 * content/hotlines.yaml whose number is not exactly this fails every build (`astro build`, and so
 * `npm run build:release`), so an edited or new number cannot reach readers through the content
 * editor alone: publishing one takes a reviewed code change here, after someone has checked the
 * sources and called the line (docs/editing.md). Lines may be missing from the file (a fixture
 * site has fewer); tests/content/hotlines.test.ts checks that the real file publishes them all.
 */
export const PUBLISHED_NUMBERS: Readonly<Record<string, string>> = {
  '112': '112',
  '102': '102',
  '111': '111',
  '150': '150',
  '101': '101',
  '103': '103',
  '104': '104',
};

/**
 * Throws one error naming the file, each verified line whose number is not pinned in
 * `pinned`, and what is wrong with it. Unconfirmed lines are never shown, so they need no pin.
 */
export function checkPublishedNumbers(
  lines: readonly Hotline[],
  file: string,
  pinned: Readonly<Record<string, string>> = PUBLISHED_NUMBERS,
): void {
  const problems = lines
    .filter((line) => line.status === 'verified')
    .flatMap((line) => {
      const expected = Object.hasOwn(pinned, line.id) ? pinned[line.id] : undefined;
      if (expected === undefined)
        return [`line "${line.id}" (number ${line.number}) is verified but its number is not pinned`];
      if (line.number !== expected)
        return [`line "${line.id}": number "${line.number}" is not the pinned "${expected}"`];
      return [];
    });
  if (problems.length > 0)
    throw new Error(
      `${file}: ${problems.join('; ')}. Published numbers change only together with PUBLISHED_NUMBERS in ` +
        'src/data/publishedNumbers.ts, after the line has been checked (docs/editing.md).',
    );
}
