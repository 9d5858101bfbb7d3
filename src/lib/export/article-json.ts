import { toHtml } from 'hast-util-to-html';
import type { ArticleData } from '../../schemas/article.ts';
import type { ArticleExport, NoteExport } from '../../schemas/data/article-export.ts';
import { isoDate } from '../format-date.ts';
import { codePointOffset } from './code-points.ts';
import { absoluteUrl, articleDataPaths, articlesIndexPath, schemaPath, type SiteAddress } from './paths.ts';

/**
 * One article as open data (src/schemas/data/article-export.ts): every block with its
 * verbatim source line and its translation, every note with its phrase's position in
 * code points, and what it takes to rebuild the received file byte for byte.
 */
export function articleJson(article: ArticleData, where: SiteAddress): ArticleExport {
  const paths = articleDataPaths(article.slug);
  const { origin } = article;
  return {
    $schema: absoluteUrl(schemaPath('article'), where),
    slug: article.slug,
    url: absoluteUrl(article.path, where),
    title: { source: article.title.source, translation: article.title.translation },
    ...(article.description === undefined ? {} : { description: article.description }),
    published: isoDate(article.published),
    edition: { number: article.edition.number, date: isoDate(article.edition.date) },
    origin: {
      ...(origin.reports === undefined ? {} : { reports: origin.reports }),
      ...(origin.outlet === undefined ? {} : { outlet: origin.outlet }),
      ...(origin.date === undefined ? {} : { date: { value: isoDate(origin.date.value), inferred: origin.date.inferred, basis: origin.date.basis } }),
      ...(origin.remarks === undefined ? {} : { remarks: origin.remarks }),
    },
    source: { ...article.source },
    translation: { ...article.translation, missing: [...article.translation.missing] },
    data: { index: absoluteUrl(articlesIndexPath, where), annotations: absoluteUrl(paths.annotations, where), tei: absoluteUrl(paths.tei, where) },
    blocks: article.blocks.map((block) => ({
      address: block.address,
      kind: block.kind,
      depth: block.depth,
      line: block.line,
      source: block.source.text,
      translation: block.translation ? { text: block.translation.text, ...(isPlain(block.translation) ? {} : { html: block.translation.html }) } : null,
    })),
    notes: article.blocks.flatMap((block) =>
      block.notes.map(
        (note): NoteExport => ({
          id: note.id,
          address: note.address,
          block: note.block,
          type: note.type,
          ...(note.entity === undefined ? {} : { entity: note.entity }),
          title: note.title,
          phrase: note.phrase,
          start: codePointOffset(block.source.text, note.start),
          end: codePointOffset(block.source.text, note.end),
          ...(note.correction === undefined ? {} : { correction: note.correction }),
          text: note.text,
          html: note.html,
        }),
      ),
    ),
  };
}

/**
 * Whether a translation's HTML is only its text, escaped: most blocks are, and leaving their
 * HTML out saves a third of the file (the schema says how to get it back).
 */
const isPlain = ({ text, html }: { text: string; html: string }) => html === toHtml({ type: 'text', value: text });
