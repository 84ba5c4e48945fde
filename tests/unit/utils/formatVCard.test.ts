import { describe, expect, it } from 'vitest';
import { formatVCard } from '../../../src/utils/formatVCard';

/** The logical lines of a card: folded continuations (CRLF + space) joined back. */
const unfold = (card: string) => card.replace(/\r\n /g, '').split('\r\n');

describe('formatVCard', () => {
  it('writes a vCard 3.0 with CRLF line ends', () => {
    expect(formatVCard({ name: '111 Helpline', number: '111', note: 'Free' })).toBe(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nN:;111 Helpline;;;\r\nFN:111 Helpline\r\nTEL;TYPE=VOICE:111\r\nNOTE:Free\r\nEND:VCARD\r\n',
    );
  });

  it.each([
    ['a lone CR', 'Help\rTEL:+77001234567'],
    ['a lone LF', 'Help\nTEL:+77001234567'],
    ['CRLF', 'Help\r\nTEL:+77001234567'],
  ])('keeps %s in a name from starting a line of its own (another TEL:)', (_name, name) => {
    const card = formatVCard({ name, number: '111', note: name });
    const lines = unfold(card);
    expect(lines.filter((line) => line.startsWith('TEL'))).toEqual(['TEL;TYPE=VOICE:111']);
    expect(lines).toContain('FN:Help\\nTEL:+77001234567');
    // No bare CR or LF anywhere: every line break is CRLF.
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('escapes backslash, comma and semicolon', () => {
    const lines = unfold(formatVCard({ name: 'a\\b,c;d', number: '111', note: 'x;TEL:1' }));
    expect(lines).toContain('FN:a\\\\b\\,c\\;d');
    expect(lines).toContain('N:;a\\\\b\\,c\\;d;;;');
    expect(lines).toContain('NOTE:x\\;TEL:1');
  });

  it('folds lines longer than 75 octets without splitting a letter', () => {
    const note = 'Балаларға арналған сенім телефоны тәулік бойы тегін жұмыс істейді, анонимді түрде.';
    const card = formatVCard({ name: 'x', number: '111', note });
    for (const line of card.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(card).not.toContain('\uFFFD');
    expect(unfold(card)).toContain(`NOTE:${note.replace(',', '\\,')}`);
  });

  it('keeps only digits and + in the number', () => {
    expect(unfold(formatVCard({ name: 'x', number: '111\r\nNOTE:x', note: 'y' }))).toContain('TEL;TYPE=VOICE:111');
  });
});
