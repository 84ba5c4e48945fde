/** Escapes a vCard text value (RFC 6350 §3.4). */
function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, (character) => `\\${character}`).replace(/\n/g, '\\n');
}

/**
 * A vCard 3.0 contact for one phone number, the version every phone's contacts app imports.
 * Lines end in CRLF as the format requires.
 */
export function formatVCard({ name, number, note }: { name: string; number: string; note: string }): string {
  return [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:;${escapeText(name)};;;`,
    `FN:${escapeText(name)}`,
    `TEL;TYPE=VOICE:${number}`,
    `NOTE:${escapeText(note)}`,
    'END:VCARD',
    '',
  ].join('\r\n');
}
