import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import rehypeDocumentItems from './rehype-document-items.ts';
import rehypeIsolateArabic from './rehype-isolate-arabic.ts';
import remarkVerbatim from './remark-verbatim.ts';

// The one list of Markdown plugins, for the processor configured in astro.config.mjs: every
// content file (sources, translations, notes) and every Markdown page goes through it.
// remark-verbatim keeps GFM from linking addresses in received texts; rehype-slug gives
// headings their addresses; the last plugin reports the document's top level to the
// content loader. None of them changes a character of the text.
export const remarkPlugins = [remarkGfm, remarkVerbatim];
export const rehypePlugins = [rehypeSlug, rehypeIsolateArabic, rehypeDocumentItems];
