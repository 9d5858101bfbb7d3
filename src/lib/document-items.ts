import type { ElementContent } from 'hast';

/**
 * The top level of one rendered Markdown document, as the site's Markdown processor
 * reports it (src/markdown/rehype-document-items.ts): what the loader cuts into blocks.
 */
export type DocumentItem =
  | {
      item: 'element';
      tagName: string;
      /** The id rehype-slug gave a heading. */
      id: string | undefined;
      /** 1-based line in the document the processor was given. */
      line: number;
      /** The text a reader sees, character for character. */
      text: string;
      children: ElementContent[];
      /** Every element name and raw-HTML marker found inside, to refuse what aligned texts may not hold. */
      inside: string[];
    }
  | { item: 'comment'; value: string; line: number }
  | { item: 'html'; value: string; line: number };

/** Where the processor leaves the items: a key of the document's frontmatter data (Astro's `remarkPluginFrontmatter`). */
export const documentItemsKey = '$documentItems';
