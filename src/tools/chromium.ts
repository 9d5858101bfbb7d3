// Debian's Chromium, as every browser run of this project starts it (tests, benchmarks).
// Browsers are never downloaded. Without the networking flags Chromium keeps trying to
// reach the closed network. Headless mode is the caller's to choose.
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const chromiumFlags: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
