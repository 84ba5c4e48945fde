/** Escapes a vCard text value (RFC 6350 §3.4): `\`, `,`, `;`, and any line break (CR, LF or both) as `\n`. */
function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, (character) => `\\${character}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Longest content line in octets before it is folded (RFC 6350 §3.2). */
const LINE_OCTETS = 75;

/**
 * Folds a content line into lines of at most 75 UTF-8 octets, each continuation starting with a
 * space, never splitting a character (Kazakh and Russian letters take two octets each).
 */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    // A continuation line's leading space counts towards its 75 octets.
    const limit = parts.length === 0 ? LINE_OCTETS : LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * A vCard 3.0 contact for one phone number, the version every phone's contacts app imports.
 * Lines end in CRLF as the format requires; text is escaped and long lines folded, so no value
 * can start a line of its own (another `TEL:`); the number keeps only digits and `+`.
 */
export function formatVCard({ name, number, note }: { name: string; number: string; note: string }): string {
  return [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:;${escapeText(name)};;;`,
    `FN:${escapeText(name)}`,
    `TEL;TYPE=VOICE:${number.replace(/[^\d+]/g, '')}`,
    `NOTE:${escapeText(note)}`,
    'END:VCARD',
    '',
  ]
    .map(fold)
    .join('\r\n');
}
