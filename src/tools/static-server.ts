// Serves a built folder as a plain static host would: files as they are, directory indexes,
// 404.html for anything missing, compressed (brotli or gzip) when the client accepts it.
// Used by `npm run serve`, the browser tests' web server and the benchmarks.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface StaticServerOptions {
  /** The folder to serve (a build's dist/). */
  dir: string;
  /** The path the site lives under, as in BASE_PATH: `/` or `/annotated/`. */
  base?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface StaticServer {
  /** The site's root URL, base path included, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.rng': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const compressible = /^(text\/|application\/(json|ld\+json|xml|javascript|wasm)|image\/svg)/;

/** `/`, or the base path with one slash on each side. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

type Found = { file: string } | { redirect: string } | undefined;

function locate(root: string, base: string, pathname: string): Found {
  if (!pathname.startsWith(base)) return undefined;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, relative);
  if (candidate !== root && !candidate.startsWith(`${root}${sep}`)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return { file: candidate };
  const index = join(candidate, 'index.html');
  if (!existsSync(index)) return undefined;
  return pathname.endsWith('/') ? { file: index } : { redirect: `${pathname}/` };
}

function handler(root: string, base: string) {
  // Compressed once per file version, at the best ratio, as a CDN would cache it: the first
  // request pays for brotli's highest quality, later ones are served from memory.
  const compressed = new Map<string, Buffer>();
  const encode = (file: string, etag: string, encoding: 'br' | 'gzip') => {
    const key = `${file}|${etag}|${encoding}`;
    let body = compressed.get(key);
    if (!body) {
      const raw = readFileSync(file);
      body = encoding === 'br' ? brotliCompressSync(raw) : gzipSync(raw, { level: 9 });
      compressed.set(key, body);
    }
    return body;
  };

  return (request: IncomingMessage, response: ServerResponse) => {
    // Joined rather than resolved against a base: a path such as `//` would otherwise read as
    // a host name, and a request no URL can be made of gets a 400, never a crashed server.
    let url: URL;
    try {
      url = new URL(`http://localhost${request.url ?? '/'}`);
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Bad request\n');
      return;
    }
    let found: Found;
    try {
      found = locate(root, base, url.pathname);
    } catch {
      found = undefined; // a malformed escape in the path is a missing page
    }
    if (found && 'redirect' in found) {
      response.writeHead(301, { Location: found.redirect + url.search });
      response.end();
      return;
    }
    const file = found?.file ?? join(root, '404.html');
    const status = found ? 200 : 404;
    const type = types[extname(file)] ?? 'application/octet-stream';
    // Hashed build assets never change; everything else is revalidated with its ETag.
    const stat = statSync(file);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const immutable = found !== undefined && url.pathname.includes('/_astro/');
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ETag: etag,
      Vary: 'Accept-Encoding',
    };
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
  };
}

/** Starts serving `dir`; resolves once the server listens. */
export function startStaticServer({ dir, base = '/', host = '127.0.0.1', port = 0 }: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(dir);
  const basePath = normaliseBase(base);
  if (!existsSync(join(root, '404.html'))) return Promise.reject(new Error(`${root} holds no 404.html: is it a built site? Run npm run build first.`));
  const server = createServer(handler(root, basePath));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address !== null ? address.port : port;
      done({
        url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${bound}${basePath}`,
        close: () =>
          new Promise((closed) => {
            server.close(() => closed());
            server.closeAllConnections();
          }),
      });
    });
  });
}
