// Static servers for the benchmark: the project's own src/tools/serve.mjs on a free port,
// once for dist/ and once for the Pagefind-default copy of it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A TCP port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node src/tools/serve.mjs` over `dir` and resolves once it prints its
 * "Serving … at http://…/" line. `close()` stops that one process (by its pid).
 */
export async function startServer({ root, dir, label }) {
  const port = await freePort();
  const child = spawn(process.execPath, ['src/tools/serve.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DIST_DIR: dir, BASE_PATH: '/' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => {
    errors += chunk;
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${label} server did not start within 15 s\n${errors}`)), 15_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /Serving .* at (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].endsWith('/') ? match[1] : `${match[1]}/`);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${label} server exited with ${code}\n${errors}`));
    });
  });
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
