import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../src/tools/static-server.ts';

// The server behind `npm start` and the browser tests must answer odd requests, not die on them.
let dir: string;
let server: StaticServer;

/** The status of a raw request path, sent exactly as given (fetch would normalise it). */
function status(path: string): Promise<number> {
  const { port } = new URL(server.url);
  return new Promise((done, fail) => {
    request({ host: '127.0.0.1', port, path }, (response) => {
      response.resume();
      done(response.statusCode ?? 0);
    })
      .on('error', fail)
      .end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(dir, 'page'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dir, 'page', 'index.html'), '<!doctype html><title>page</title>');
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>not found</title>');
  server = await startStaticServer({ dir });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('static server', () => {
  test('serves pages and answers a missing one with the 404 page', async () => {
    expect(await status('/')).toBe(200);
    expect(await status('/page/')).toBe(200);
    expect(await status('/no-such-page/')).toBe(404);
  });

  test('a path that reads as a host name, a bad escape or a path outside the folder does not stop it', async () => {
    // `//` is the home page with an empty segment, as most servers read it.
    expect(await status('//')).toBe(200);
    expect(await status('//example.org/x')).toBe(404);
    expect(await status('/%E0%A4%A/')).toBe(404);
    expect(await status('/../../etc/passwd')).toBe(404);
    expect(await status('[bad')).toBe(400);
    expect(await status('/')).toBe(200);
  });
});
