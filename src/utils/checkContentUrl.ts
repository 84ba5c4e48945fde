/** Schemes content may link to (lower case): the web over TLS, and e-mail. */
const ALLOWED_SCHEMES = new Set(['https', 'mailto']);

/**
 * Checks an address written in content (a Markdown link, image or definition; a JSX href/src)
 * and returns what is wrong with it, or `undefined` when it may stay. Allowed: `https:`,
 * `mailto:`, relative addresses and `#fragments`. Refused: every other scheme (`javascript:`,
 * `data:`, `http:`, which shows the reader's network what they read) and `//host` addresses;
 * `tel:`, because phone numbers come only from `<Hotline>` (content/hotlines.yaml). The scheme is
 * read as a browser reads it: leading spaces and control characters stripped, tabs and line
 * breaks removed anywhere, any letter case.
 */
export function checkContentUrl(url: string): string | undefined {
  // The URL Standard strips leading/trailing C0 controls and spaces, and removes tabs and newlines.
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === 'tel' || scheme === 'callto' || scheme === 'sms')
    return `${scheme}: links are not allowed: phone numbers come only from <Hotline id="…" />`;
  if (scheme === 'http') return 'http: is not allowed: write https://';
  if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme))
    return `${scheme}: addresses are not allowed (only https:, mailto:, relative links and #fragments)`;
  // Browsers read `\` as `/` in web addresses, so `/\host` is another site as much as `//host`.
  if (scheme === undefined && /^[/\\]{2}/.test(cleaned))
    return 'an address starting with // leaves the site: write https://';
  return undefined;
}
