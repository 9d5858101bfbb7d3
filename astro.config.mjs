// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import pagefindIndex from './src/integrations/pagefind-index';
import rehypeIsolateArabic from './src/markdown/rehype-isolate-arabic';

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
    // Astro 7's default engine runs no remark/rehype plugins; the unified processor does.
    // smartypants stays off: it would rewrite quotes, dashes and ellipses in quoted Arabic.
    processor: unified({
      smartypants: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeSlug, rehypeIsolateArabic],
    }),
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
