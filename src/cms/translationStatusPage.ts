import { LOCALE_INFO, LOCALES } from '~/i18n/locales';
import { editorDocumentHead } from '~/cms/editorPolicy';
import { editorPath, type TranslationRow, type TranslationState } from '~/cms/translationStatus';

const LABELS: Record<TranslationState, string> = {
  source: 'source',
  missing: 'missing: fallback shown',
  current: 'up to date',
  behind: 'behind the source',
};

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The editors' translation tracker (`translations/` beside the editor): every entry, each language's state,
 * and a link to the edit screen of each missing or outdated translation. It carries the editor's
 * own policy (`contentSecurityPolicy`). For editors only: not
 * linked from the site, not in the sitemap or search. `npm run check:translations` prints the same.
 */
export function translationStatusPage(rows: readonly TranslationRow[], contentSecurityPolicy: string): string {
  const head = LOCALES.map((lang) => `<th scope="col">${escape(LOCALE_INFO[lang].endonym)}</th>`).join('');
  const body = rows
    .map((row) => {
      const cells = LOCALES.map((lang) => {
        const cell = row.cells[lang] ?? { state: 'missing' as const };
        const label = LABELS[cell.state];
        if (cell.state !== 'missing' && cell.state !== 'behind') return `<td data-state="${cell.state}">${label}</td>`;
        return `<td data-state="${cell.state}"><a href="../${editorPath(row.collection, row.slug).replace(/^admin\//, '')}">${label}</a></td>`;
      }).join('');
      return `<tr><th scope="row">${escape(row.collection)}/${escape(row.slug)}</th>${cells}<td><code>${row.source}@${row.version}</code></td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
${editorDocumentHead({ title: 'Translation status', policy: contentSecurityPolicy, guard: '../frame-guard.js' })}
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:1.5rem;color:#1a1a1a}table{border-collapse:collapse}th,td{border:1px solid #767676;padding:.3rem .6rem;text-align:left}td[data-state=missing],td[data-state=behind]{background:#fff4d6}a{color:#0b4f9c}</style>
</head>
<body>
<main>
<h1>Translation status</h1>
<p>Every entry in every language. A missing translation shows the nearest language with a notice; a translation behind its source was made from an older version of it. After updating a translation, set its <code>translatedFrom</code> to the value in the last column. The same table: <code>npm run check:translations</code>.</p>
<table>
<thead><tr><th scope="col">Entry</th>${head}<th scope="col">Source version</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</main>
</body>
</html>
`;
}
