import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../data/library';
import { noteTypeLabels } from '../../lib/note-types';
import type { SearchDocument } from '../../lib/search/records';
import type { ArticleData } from '../../schemas/article';

export const getStaticPaths: GetStaticPaths = async () => (await getArticles()).map((article) => ({ params: { slug: article.slug }, props: { article } }));

/** The original texts search shows and indexes, for one article (see SearchDocument). */
export const GET: APIRoute<{ article: ArticleData }> = ({ props: { article } }) => {
  const document: SearchDocument = {
    slug: article.slug,
    path: article.path,
    title: { source: article.title.source, translation: article.title.translation },
    source: { lang: article.source.lang, dir: article.source.dir },
    translation: { lang: article.translation.lang, dir: article.translation.dir },
    entries: [
      ...article.blocks.map((block) => ({
        kind: block.kind,
        address: block.address,
        label: block.label,
        source: block.source.text,
        translation: block.translation?.text,
      })),
      ...article.blocks.flatMap((block) =>
        block.notes.map((note) => ({
          kind: 'note' as const,
          address: note.address,
          block: note.block,
          label: note.title,
          noteType: note.type,
          typeLabel: noteTypeLabels[note.type],
          title: note.title,
          phrase: note.phrase,
          correction: note.correction,
          body: note.text,
        })),
      ),
    ],
  };
  return new Response(JSON.stringify(document), { headers: { 'Content-Type': 'application/json' } });
};
