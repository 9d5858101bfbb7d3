import { Document, isMap, isScalar, isSeq } from 'yaml';

export interface EntryFields {
  slug: string;
  /** The source's title, in its language. */
  title: string;
  description: string | undefined;
  lang: string;
  /** `YYYY-MM-DD` */
  published: string;
  headings: readonly number[];
  paragraphIds: readonly string[];
}

// Written above the fields, as in the first article's entry: what the file is and what
// its two lists mean, so that an author can edit it without the schema at hand.
const header = (slug: string, lang: string) =>
  [
    ` The source text is content/sources/${slug}.${lang}.txt, kept byte for byte as received.`,
    ' headings: its lines (1-based) that are section headings; paragraphIds: the address of every other line, in order.',
    ' Every address is recorded in content/published-addresses.json: once published, an address never moves.',
  ].join('\n');

// The command cannot know where a text comes from; the author fills this in.
const originComment = [
  ' origin: what is known of where the text comes from. Left for you to fill in (src/schemas/article-entry.ts):',
  '   reports: what the text reports, in one English sentence',
  '   outlet: the outlet that published it (leave it out when it is not known)',
  '   date: { value: YYYY-MM-DD, inferred: true or false, basis: how the date was established }',
  '   remarks: anything else a reader should know, e.g. how the text was received',
].join('\n');

/**
 * The text of `content/articles/<slug>.yml` for a new article: edition 1 on the day of
 * publication, an empty origin with a comment saying what to put there, and the lists
 * of heading lines and paragraph ids. YAML is written by the `yaml` library, so any title
 * (quotes, colons, Arabic) comes out quoted as it must be, each field on one line as in the
 * first article.
 */
export function entryText(fields: EntryFields): string {
  const document = new Document({
    title: fields.title,
    ...(fields.description === undefined ? {} : { description: fields.description }),
    lang: fields.lang,
    published: fields.published,
    edition: { number: 1, date: fields.published },
    origin: {},
    headings: [...fields.headings],
    paragraphIds: [...fields.paragraphIds],
  });
  document.commentBefore = header(fields.slug, fields.lang);
  const pairs = isMap(document.contents) ? document.contents.items : [];
  for (const pair of pairs) {
    if (!isScalar(pair.key)) continue;
    if (pair.key.value === 'origin') pair.key.commentBefore = originComment;
    if (isSeq(pair.value)) pair.value.flow = true;
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}
