// Serves dist/ as a plain static host would: files as they are, directory indexes,
// dist/404.html for anything missing, compressed when the client accepts it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const compressible = /^(text\/|application\/(json|xml|javascript|wasm)|image\/svg)/;

// Compressed once per file version, at the best ratio, as a CDN would cache it: the first
// request pays for brotli's highest quality, later ones are served from memory.
const compressed = new Map();
function encode(file, etag, encoding) {
  const key = `${file}|${etag}|${encoding}`;
  let body = compressed.get(key);
  if (!body) {
    const raw = readFileSync(file);
    body = encoding === 'br' ? brotliCompressSync(raw) : gzipSync(raw, { level: 9 });
    compressed.set(key, body);
  }
  return body;
}

function locate(pathname) {
  if (!pathname.startsWith(base)) return undefined;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, relative);
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return pathname.endsWith('/') ? index : { redirect: `${pathname}/` };
  return undefined;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let found;
  try {
    found = locate(url.pathname);
  } catch {
    found = undefined;
  }
  if (found && typeof found === 'object') {
    response.writeHead(301, { Location: found.redirect + url.search });
    response.end();
    return;
  }
  const file = found ?? join(root, '404.html');
  const status = found ? 200 : 404;
  const type = types[extname(file)] ?? 'application/octet-stream';
  // Hashed build assets never change; everything else is revalidated with its ETag.
  const stat = statSync(file);
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const immutable = found && url.pathname.includes('/_astro/');
  const headers = { 'Content-Type': type, 'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache', ETag: etag, Vary: 'Accept-Encoding' };
  if (status === 200 && request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  const accept = String(request.headers['accept-encoding'] ?? '');
  const encoding = !compressible.test(type) ? undefined : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
  if (encoding) headers['Content-Encoding'] = encoding;
  const body = encoding ? encode(file, etag, encoding) : readFileSync(file);
  headers['Content-Length'] = String(body.length);
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}`);
});
