import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// The parser MDX uses, with GFM as in astro.config.mjs, and nothing that rewrites text:
// no smart quotes, dashes or ellipses, so source text reaches the page verbatim.
export const markdownParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
