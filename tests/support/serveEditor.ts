/**
 * Serves the editor build (`npm run build:editor`) on its own origin with its host's own server
 * (Cloudflare's `wrangler pages dev`, reading its `_headers`): `node tests/support/serveEditor.ts
 * DIR PORT`. 127.0.0.1, not localhost: another origin than the site's, and one the editor still
 * treats as the editor's own computer (it offers "Work with Local Repository" there).
 */
import { startWrangler } from './hostServers.ts';

const [folder = 'dist-editor', port = '4324'] = process.argv.slice(2);
// Stopped on SIGTERM (playwright.config.ts shuts this server down gracefully); at the latest after an hour.
const server = await startWrangler(folder, { port: Number(port), lifetimeSeconds: 3600 });
console.log(`serving the editor from ${folder} at ${server.origin}/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.stop().then(() => process.exit(0)));
}
