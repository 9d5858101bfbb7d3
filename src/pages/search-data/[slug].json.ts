import type { APIRoute, GetStaticPaths } from 'astro';
import { articlePaths } from '../../data/library';
import { indexArticle, type IndexSource } from '../../lib/search/index-page';
import type { UnplacedEntry } from '../../lib/search/search-document';
import type { ArticleData } from '../../schemas/article';

export const getStaticPaths: GetStaticPaths = articlePaths;

/** One article's entries in reading order: each block, then the notes on it. */
function entries(article: ArticleData): UnplacedEntry[] {
  return article.blocks.flatMap((block): UnplacedEntry[] => [
    { kind: block.kind, address: block.address, label: block.label, source: block.source.text, translation: block.translation?.text ?? null },
    ...block.notes.map((note): UnplacedEntry => ({
      kind: 'note',
      address: note.address,
      block: note.block,
      noteType: note.type,
      title: note.title,
      phrase: note.phrase,
      correction: note.correction ?? null,
      body: note.text,
    })),
  ]);
}

/**
 * What search shows and indexes of one article: its search document (the original texts,
 * see SearchDocument) and the page Pagefind indexes for it, made in one pass of the analysis.
 * The Pagefind integration reads these files, indexes them and replaces each with the
 * compressed document named after Pagefind's id for the article: none is published as is.
 */
export const GET: APIRoute<{ article: ArticleData }> = ({ props: { article } }) => {
  const { entries: placed, html } = indexArticle(entries(article));
  const source: IndexSource = {
    document: {
      slug: article.slug,
      path: article.path,
      title: { source: article.title.source, translation: article.title.translation },
      source: { lang: article.source.lang, dir: article.source.dir },
      translation: { lang: article.translation.lang, dir: article.translation.dir },
      entries: placed,
    },
    html,
  };
  return new Response(JSON.stringify(source), { headers: { 'Content-Type': 'application/json' } });
};
