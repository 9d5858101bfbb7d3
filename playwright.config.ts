import { defineConfig } from '@playwright/test';

// Browser tests run against the already built dist/ (npm run build), served as a static host would.
// Browsers cannot be downloaded here: Debian's Chromium is used (override with CHROMIUM_PATH).
const port = Number(process.env['E2E_PORT'] ?? 4323);
const basePath = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: './test-results',
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
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node scripts/serve.mjs',
    url: `${origin}${basePath}`,
    env: { PORT: String(port), HOST: '127.0.0.1', BASE_PATH: basePath },
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
