// A static server on 127.0.0.1 for the generated fixture pages. Every request
// it receives is logged (`log`): the privacy test asserts that an analysis
// sends none.
import { createServer } from 'node:http';

export async function serve(routes) {
  const log = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://127.0.0.1').pathname;
    log.push({ method: req.method, url: req.url, path, headers: req.headers, at: Date.now() });
    const body = routes.get(path);
    if (body === undefined) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, log, baseUrl: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}
