// The upstream for tools/contract/test/proxy-test.sh: a tiny HTTP server on 127.0.0.1 (port 0 = a
// free one, printed on stdout) that answers tiny-openapi.yaml's operations, /items/2 wrongly.
// GET /_seen returns the requests it received (method, url, idempotency-key), to show what Prism forwarded.
'use strict';
const http = require('http');
const seen = [];
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const send = (status, obj, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(JSON.stringify(obj));
    };
    if (req.url === '/_seen') return send(200, seen);
    seen.push({ method: req.method, url: req.url, idempotencyKey: req.headers['idempotency-key'] || null, body });
    if (req.method === 'GET' && req.url === '/items/1') return send(200, { id: 1, name: 'one' }, { ETag: '"7"' });
    // violates the spec twice: id is no integer, name is missing
    if (req.method === 'GET' && req.url === '/items/2') return send(200, { id: 'two' });
    if (req.method === 'POST' && req.url === '/items') return send(201, { id: 3, name: 'three' });
    send(404, { title: 'not found' });
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
