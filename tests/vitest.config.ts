import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The repo root, one level up from this file, so `src/...` and `content/...` resolve as in the build.
const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', root, include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'build',
          root,
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          // These run Astro itself (builds, the dev server, the import command). Astro keeps
          // generated files in <root>/.astro/ whatever the output folder, so two at once
          // would collide: one file at a time.
          fileParallelism: false,
          testTimeout: 180_000,
          pool: 'forks',
        },
      },
    ],
  },
});
