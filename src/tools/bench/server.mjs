// Serves a built folder with the project's own static server (src/tools/serve.mjs) on a free
// port, so the site and the bare page are measured behind the same compression and headers.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

function freePort() {
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

/** Resolves to `{ url, close }` once serve.mjs prints its "Serving … at http://…/" line. */
export async function serve({ root, dir }) {
  const port = await freePort();
  const child = spawn(process.execPath, ['src/tools/serve.mjs'], {
    cwd: root,
    env: { ...process.env, DIST_DIR: dir, PORT: String(port), HOST: '127.0.0.1', BASE_PATH: '/' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server for ${dir} did not start within 15 s\n${output}`)), 15_000);
    const read = (chunk) => {
      output += chunk;
      const match = /Serving .* at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].endsWith('/') ? match[1] : `${match[1]}/`);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server for ${dir} exited with ${code}\n${output}`));
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
