// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import cspHashes from './src/integrations/csp-hashes.ts';
import { noteTypeStyles } from './src/integrations/note-type-styles.ts';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import { markdownConfig } from './src/markdown/processor.ts';

export default defineConfig({
  // The public origin, for canonical links and the sitemap; BASE_PATH serves the site under a sub-path.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Fixture builds in tests run side by side; each needs its own content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: {
    // Stylesheets stay files, cached across pages (inlined, the CSS would take a sixth of the
    // article's HTML). The font declarations, whose URLs depend on the base path, are written
    // into the head by src/layouts/Base.astro.
    inlineStylesheets: 'never',
  },
  vite: {
    // Lazily loaded modules are tiny and have no dependencies to preload; Vite's preload
    // helper would add 1.7 KB to every page that has a dynamic import.
    // One stylesheet for the whole site: fetched once, then every page has it from the cache
    // (split per page, the article needed three requests for its styles).
    // The site's script is a file too, never inlined: cached once, it costs each further page
    // a request of nothing, where inlined it added 2 KB to every page of a growing library
    // (and pushed the article past its HTML budget, tests/budgets.json).
    build: { modulePreload: false, cssCodeSplit: false, assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    plugins: [noteTypeStyles()],
  },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(page) }),
    pagefindIndex(),
    cspHashes(),
  ],
  // The Markdown processor and its plugins: src/markdown/processor.ts (tools and tests share it).
  markdown: markdownConfig,
  security: {
    // Astro hashes every script and style it emits. Beyond them: same-origin files only,
    // and 'wasm-unsafe-eval' because Pagefind compiles its WebAssembly search engine.
    csp: {
      directives: [
        "default-src 'none'",
        // The icon is a data: URL in every page (src/lib/favicon.ts).
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
