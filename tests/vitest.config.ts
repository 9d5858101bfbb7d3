import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The repo root, one level up from this file, so `src/...` and `content/...` resolve as in the build.
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // The build tests under tests/build/ run a full Astro build.
    testTimeout: 120000,
    pool: 'forks',
  },
});
