/**
 * Serves the editor build (`npm run build:editor`) on its own origin, with the headers of its
 * `_headers` file, as its host would: `node tests/support/serveEditor.ts DIR PORT`.
 * 127.0.0.1, not localhost: another origin than the site's, and one the editor still treats as
 * the editor's own computer (it offers "Work with Local Repository" there).
 */
import { serveWithHeaders } from './serveWithHeaders.ts';

const [folder = 'dist-editor', port = '4324'] = process.argv.slice(2);
await serveWithHeaders(folder, Number(port), '127.0.0.1');
console.log(`serving the editor from ${folder} at http://127.0.0.1:${port}/`);
