// Debian's Chromium, launched by the bench itself with a DevTools port, so both the CDP page
// measurements and Lighthouse (given `port`) talk to a browser we own. Never downloaded.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumFlags, chromiumPath } from '../chromium.mjs';


/**
 * Starts Chromium on a free DevTools port (it picks one with port 0 and prints it).
 * Resolves to `{ port, wsUrl, version, close }`; `close()` ends that process group only.
 */
export async function launchChromium({ executable = chromiumPath } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const child = spawn(executable, ['--headless', ...chromiumFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true, // its own process group, so close() can end its helpers by that group's id
  });
  const wsUrl = await new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start within 30 s:\n${err.slice(-2000)}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited with ${code}:\n${err.slice(-2000)}`));
    });
  });
  child.stderr.resume();
  const port = Number(new URL(wsUrl).port);
  const version = await fetch(`http://127.0.0.1:${port}/json/version`)
    .then((response) => response.json())
    .then((info) => info.Browser)
    .catch(() => 'unknown');
  return {
    port,
    wsUrl,
    version,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          child.kill('SIGTERM');
        }
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        if (child.exitCode === null) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {}
        }
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
