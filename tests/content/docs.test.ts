import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCS, findStaleNames, indexRepository } from '../../tools/check-docs';

const index = indexRepository();

describe('the docs name only what exists (npm run check:docs)', () => {
  it.each(DOCS)('%s', (file) => {
    expect(findStaleNames(readFileSync(file, 'utf8'), file, index)).toEqual([]);
  });

  it('fails on a planted wrong name of each kind, with the file and line', () => {
    const planted = [
      'Suffixes live in `STEMMERS` and `expandQueryWords()`.',
      'See `src/plugins/remarkContentSafety.ts` and `tests/e2e/<name>.spec.ts`.',
      'Run `npm run check:everything`, then use `<Hotline id="111" />` or `<HotlineBanner />`.',
      '```sh',
      'npm run not-checked-inside-a-fence',
      '```',
    ].join('\n');
    expect(findStaleNames(planted, 'PLANTED.md', index)).toEqual([
      'PLANTED.md:1: `STEMMERS`: no code names "STEMMERS"',
      'PLANTED.md:1: `expandQueryWords()`: no code names "expandQueryWords"',
      'PLANTED.md:2: `src/plugins/remarkContentSafety.ts`: no such file or folder',
      'PLANTED.md:3: `npm run check:everything`: package.json has no script "check:everything"',
      'PLANTED.md:3: `<HotlineBanner />`: no component HotlineBanner.astro in the repository',
    ]);
  });

  it('accepts real names: paths with placeholders, identifiers, scripts and components', () => {
    const real =
      '`src/data/contentModel.ts`, `content/<collection>/<lang>/<slug>.mdx`, `COLLECTIONS`, `splitEntry()`, `npm run check:docs`, `<Hotline id="111" />`.';
    expect(findStaleNames(real, 'REAL.md', index)).toEqual([]);
  });
});
