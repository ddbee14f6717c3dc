// One static file server for every page the bench loads (app, bare baseline, stress build), so all are
// served the same way: plain files, no compression, no cache, index.html for the root, and parts of files
// when asked (`Range: bytes=a-b`), as static hosts and `vite preview` do: the app checks the offline basemap's
// archive with a 7-byte request, which a server without ranges answers with the whole 2 MB file.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

/**
 * One range of a `Range` header (`bytes=a-b`, `bytes=a-`, `bytes=-n`) within a file of `size` bytes; null for
 * no header or one this server does not handle (several ranges: the whole file is sent, as HTTP allows).
 * @param {string | undefined} header
 * @param {number} size
 * @returns {{ start: number; end: number } | 'unsatisfiable' | null}
 */
export function byteRange(header, size) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const [first, last] = [match[1], match[2]];
  const start = first === '' ? Math.max(size - Number(last), 0) : Number(first);
  const end = first === '' || last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}

/** Serves `dir` on 127.0.0.1 at a free port; resolves with its origin and a close function. */
export function serveStatic(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    let stats = existsSync(file) ? statSync(file) : null;
    if (!stats || stats.isDirectory()) {
      file = join(dir, 'index.html');
      stats = statSync(file);
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', 'accept-ranges': 'bytes' };
    const size = stats.size;
    const range = byteRange(request.headers.range, size);
    if (range === 'unsatisfiable') {
      response.writeHead(416, { ...headers, 'content-range': `bytes */${size}` });
      response.end();
    } else if (range) {
      response.writeHead(206, { ...headers, 'content-range': `bytes ${range.start}-${range.end}/${size}`, 'content-length': range.end - range.start + 1 });
      createReadStream(file, range).pipe(response);
    } else {
      response.writeHead(200, { ...headers, 'content-length': size });
      createReadStream(file).pipe(response);
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
