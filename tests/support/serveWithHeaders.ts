import { createServer, type Server } from 'node:http';
import sirv from 'sirv';
import { headersFor, readHeadersFile } from './headersFile.ts';

/**
 * Serves a built folder the way Netlify or Cloudflare Pages would: every response carries the
 * headers its `_headers` file assigns to the path. Resolves once listening; call close() after.
 */
export function serveWithHeaders(folder: string, port: number, host?: string): Promise<Server> {
  const rules = readHeadersFile(folder);
  const serve = sirv(folder);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of Object.entries(headersFor(rules, path))) response.setHeader(name, value);
    serve(request, response, () => {
      response.statusCode = 404;
      response.end('not found');
    });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
