import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '../src/tools/chromium.ts';

// Browser tests run against the already built dist/ (npm run build), served as a static host would.
// Browsers cannot be downloaded here: Debian's Chromium is used (override with CHROMIUM_PATH).

/** The project root: the nearest folder holding package.json, so this file works wherever it sits. */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}
const root = projectRoot(dirname(fileURLToPath(import.meta.url)));
const serveScript = 'src/tools/serve.ts';

const port = Number(process.env['E2E_PORT'] ?? 4323);
const basePath = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: join(root, 'tests/e2e'),
  testMatch: '**/*.spec.ts',
  outputDir: join(root, 'test-results'),
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `${origin}${basePath}`,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 720 },
    colorScheme: 'light',
    locale: 'en-GB',
    trace: 'off',
    screenshot: 'off',
    video: 'off',
    launchOptions: { executablePath: chromiumPath, args: chromiumFlags },
  },
  webServer: {
    command: `node ${relative(root, join(root, serveScript))}`,
    cwd: root,
    url: `${origin}${basePath}`,
    env: { PORT: String(port), HOST: '127.0.0.1', BASE_PATH: basePath },
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
