// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import pagefindIndex from './src/integrations/pagefind-index';
import rehypeIsolateArabic from './src/markdown/rehype-isolate-arabic';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Fixture builds in tests run side by side; each needs its own content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx(), pagefindIndex()],
  markdown: {
    // Astro 7's default engine runs no remark/rehype plugins; the unified processor does.
    // smartypants stays off: it would rewrite quotes, dashes and ellipses in quoted Arabic.
    processor: unified({
      smartypants: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeSlug, rehypeIsolateArabic],
    }),
  },
});
