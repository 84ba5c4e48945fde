/**
 * Serves a built site under a base path, as an NGO's host would: `node serveUnderBase.ts DIR
 * PORT /base/`. Requests outside the base get 404.
 */
import { createServer } from 'node:http';
import sirv from 'sirv';

const [folder = 'dist', port = '4323', base = '/'] = process.argv.slice(2);
const serve = sirv(folder);

createServer((request, response) => {
  const url = request.url ?? '/';
  if (!url.startsWith(base)) {
    response.statusCode = 404;
    response.end('not found');
    return;
  }
  request.url = `/${url.slice(base.length)}`;
  serve(request, response, () => {
    response.statusCode = 404;
    response.end('not found');
  });
}).listen(Number(port), () => console.log(`serving ${folder} at http://localhost:${port}${base}`));
