import { describe, expect, it } from 'vitest';
import { countReadingMinutes } from '../../../src/utils/countReadingMinutes';

describe('countReadingMinutes', () => {
  it('counts words at 180 a minute, in any script', () => {
    expect(countReadingMinutes('сөз '.repeat(360))).toBe(2);
    expect(countReadingMinutes('word '.repeat(900))).toBe(5);
  });

  it('never says zero and ignores MDX tags', () => {
    expect(countReadingMinutes('<PullQuote cite="A very long attribute value here">Hi</PullQuote>')).toBe(1);
  });
});
