import { describe, expect, it } from 'vitest';
import { allHotlines } from '../../../src/data/hotlines';
import { checkPublishedNumbers, PUBLISHED_NUMBERS } from '../../../src/data/publishedNumbers';

const line112 = allHotlines.find((line) => line.id === '112')!;
const unconfirmed = allHotlines.find((line) => line.status === 'unconfirmed')!;

describe('checkPublishedNumbers', () => {
  it('accepts the real lines, and a file with fewer lines than the pin', () => {
    expect(() => checkPublishedNumbers(allHotlines, 'content/hotlines.yaml')).not.toThrow();
    expect(() => checkPublishedNumbers([line112], 'content/hotlines.yaml')).not.toThrow();
  });

  it('refuses an edited number, naming the file and the line id', () => {
    expect(() =>
      checkPublishedNumbers([{ ...line112, number: '113', display: '113' }], 'content/hotlines.yaml'),
    ).toThrow('content/hotlines.yaml: line "112": number "113" is not the pinned "112"');
  });

  it('refuses a line that becomes verified without a pinned number', () => {
    expect(() => checkPublishedNumbers([{ ...unconfirmed, status: 'verified' }], 'content/hotlines.yaml')).toThrow(
      `line "${unconfirmed.id}" (number ${unconfirmed.number}) is verified but its number is not pinned`,
    );
  });

  it('leaves unconfirmed lines alone, which no page shows', () => {
    expect(() => checkPublishedNumbers([{ ...unconfirmed, number: '999' }], 'x.yaml')).not.toThrow();
  });

  it('pins exactly the numbers the real file publishes', () => {
    const published = allHotlines.filter((line) => line.status === 'verified');
    expect(Object.fromEntries(published.map((line) => [line.id, line.number]))).toEqual(PUBLISHED_NUMBERS);
  });
});
