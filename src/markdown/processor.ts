import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './plugins.ts';

/**
 * The site's Markdown settings, given to Astro by astro.config.mjs and read by the tools and
 * tests that must render exactly as the content loader does. Astro 7's default engine runs
 * no remark/rehype plugins; the unified processor does. smartypants stays off: it would
 * rewrite quotes, dashes and ellipses in quoted Arabic. GFM comes from the plugin list, so it
 * is applied once. Content holds no code, and Shiki would need inline styles the CSP forbids.
 */
export const markdownConfig = {
  syntaxHighlight: false,
  processor: unified({ smartypants: false, gfm: false, remarkPlugins, rehypePlugins }),
} as const;

/** A renderer as the content loader's `renderMarkdown` gets it (Astro creates it from these settings). */
export const createSiteRenderer = () => markdownConfig.processor.createRenderer({ syntaxHighlight: markdownConfig.syntaxHighlight });
