import type { APIRoute, GetStaticPaths } from 'astro';
import { type ArticleView, loadArticles } from '../../data/articles';
import type { SearchDocument } from '../../lib/search/records';
import { plainText } from '../../markdown/plain-text';

export const getStaticPaths: GetStaticPaths = async () =>
  (await loadArticles()).map((article) => ({ params: { slug: article.slug }, props: { article } }));

/** The original texts search shows and indexes, for one article (see SearchDocument). */
export const GET: APIRoute<{ article: ArticleView }> = ({ props: { article } }) => {
  const document: SearchDocument = {
    slug: article.slug,
    path: article.url.replace(/^\//, ''),
    title: { source: article.data.title.ar, translation: article.translation?.title ?? article.data.title.en },
    source: { lang: article.data.lang, dir: article.data.dir },
    translation: article.translation && { lang: article.translation.lang, dir: article.translation.dir },
    entries: [
      ...article.pairs.map((pair) => ({
        kind: pair.kind,
        address: pair.id,
        label: pair.label,
        source: pair.source.text,
        translation: pair.translation?.text,
      })),
      ...article.notes.map((note) => ({
        kind: 'note' as const,
        address: note.anchor,
        block: note.block,
        label: note.title,
        noteType: note.type,
        typeLabel: note.typeLabel,
        title: note.title,
        phrase: note.phrase,
        correction: note.correction,
        body: plainText(note.entry.body ?? ''),
      })),
    ],
  };
  return new Response(JSON.stringify(document), { headers: { 'Content-Type': 'application/json' } });
};
