import { escapeXml } from '~/utils/escapeXml';

/**
 * The sandbox of the iframe snippet. The card needs no script, form or same-origin access; its
 * links must still leave the frame: `tel:` links (a phone app counts as leaving the sandbox, which
 * Chromium allows only with one of these flags) and the link to the Get help page, which opens
 * in a new tab (`allow-popups`, and `allow-popups-to-escape-sandbox` so that page is not
 * sandboxed too). Tested across origins in tests/e2e/embed-snippet.spec.ts.
 */
export const EMBED_SANDBOX = 'allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';

export interface EmbedSnippetInput {
  lang: string;
  /** The card's heading and the iframe's title. */
  title: string;
  /** The text of the link to the full Get help page. */
  more: string;
  embedUrl: string;
  helpUrl: string;
  lines: readonly { number: string; display: string; name: string }[];
}

/**
 * The two snippets NGOs copy into their own sites: an iframe of the help card, and the same
 * numbers as plain HTML. Every value is escaped (`escapeXml`), since the text comes from files
 * the content editor changes, and what is pasted into a partner's page runs there.
 */
export function formatEmbedSnippets({ lang, title, more, embedUrl, helpUrl, lines }: EmbedSnippetInput): {
  iframe: string;
  html: string;
} {
  const iframe =
    `<iframe src="${escapeXml(embedUrl)}" title="${escapeXml(title)}" width="360" height="330" style="border:0" ` +
    `loading="lazy" referrerpolicy="no-referrer" sandbox="${EMBED_SANDBOX}"></iframe>`;
  const numbers = lines
    .map((line) => `<a href="tel:${escapeXml(line.number)}">${escapeXml(line.display)}</a> ${escapeXml(line.name)}`)
    .join('<br>\n');
  const html =
    `<aside lang="${escapeXml(lang)}"><strong>${escapeXml(title)}</strong><br>\n${numbers}<br>\n` +
    `<a href="${escapeXml(helpUrl)}" rel="noreferrer">${escapeXml(more)}</a></aside>`;
  return { iframe, html };
}
