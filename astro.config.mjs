// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/plugins.ts';

export default defineConfig({
  // The public origin, for canonical links and the sitemap; BASE_PATH serves the site under a sub-path.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Fixture builds in tests run side by side; each needs its own content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: {
    // Stylesheets stay files: the font URLs in them are relative, which works under any base path.
    inlineStylesheets: 'never',
  },
  vite: {
    // Lazily loaded modules are tiny and have no dependencies to preload; Vite's preload
    // helper would add 1.7 KB to every page that has a dynamic import.
    build: { modulePreload: false },
  },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(page) }),
    pagefindIndex(),
  ],
  markdown: {
    // Content holds no code; Shiki would also need inline styles, which the CSP forbids.
    syntaxHighlight: false,
    // Astro 7's default engine runs no remark/rehype plugins; the unified processor does,
    // for content files (through the loader's renderMarkdown) and Markdown pages alike.
    // smartypants stays off: it would rewrite quotes, dashes and ellipses in quoted Arabic.
    // GFM comes from the plugin list, so it is applied once.
    processor: unified({ smartypants: false, gfm: false, remarkPlugins, rehypePlugins }),
  },
  security: {
    // Astro hashes every script and style it emits. Beyond them: same-origin files only,
    // and 'wasm-unsafe-eval' because Pagefind compiles its WebAssembly search engine.
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
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
