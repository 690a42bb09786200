// A static file server for measuring the built site as a host would serve it: loopback only,
// text compressed with brotli (or gzip for clients without it) as Netlify does, the cache headers of
// netlify.toml, and 404.html for anything missing.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSED = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt']);

export function serve(root) {
  const cache = new Map(); // encoding + path -> compressed bytes: compress each file once
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    let status = 200;
    let target = file;
    if (!file.startsWith(normalize(root) + sep) || !(await stat(file).catch(() => null))?.isFile()) {
      status = 404;
      target = join(root, '404.html');
    }
    const ext = extname(target);
    let body = await readFile(target);
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    };
    const accepts = req.headers['accept-encoding'] ?? '';
    const encoding = !COMPRESSED.has(ext) ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    if (encoding) {
      const key = encoding + ':' + target;
      if (!cache.has(key)) {
        cache.set(key, encoding === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : gzipSync(body, { level: 9 }));
      }
      body = cache.get(key);
      headers['content-encoding'] = encoding;
      headers['vary'] = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) });
  }));
}
