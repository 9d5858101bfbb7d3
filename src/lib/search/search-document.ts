import { noteTypes, type NoteType } from '../note-types.ts';

/**
 * What search knows of one article: the original text of every block and note, in reading
 * order (each block followed by its notes), and where each side of each lies among the words
 * Pagefind indexed for the article (one Pagefind page per article, see index-page.ts). The
 * pages write it (src/pages/search-data/), the indexer checks it against Pagefind and stores
 * it under Pagefind's id for the article, and the browser fetches it for the articles it
 * shows, to turn Pagefind's word positions into addresses and to show excerpts and
 * highlights in the text's own spelling. Built and read through this module only.
 */
export interface SearchDocument {
  slug: string;
  /** The article's path below the site's base, e.g. `articles/<slug>/`. */
  path: string;
  title: { source: string; translation: string };
  source: TextLanguage;
  /** Null when the article has no translation side at all. */
  translation: TextLanguage | null;
  entries: SearchEntry[];
}

export interface TextLanguage {
  lang: string;
  dir: 'rtl' | 'ltr';
}

/**
 * Where an entry's words are in its article's Pagefind page: the source side holds the
 * positions `[start, middle)`, the translation side `[middle, end)`; an empty side is empty.
 */
export type Span = [start: number, middle: number, end: number];

export interface BlockEntry {
  kind: 'paragraph' | 'heading';
  /** The address (`p7`, a heading slug). */
  address: string;
  /** "paragraph 7" or the heading's translation. */
  label: string;
  source: string;
  /** Null while a draft has not translated the block: nothing of it is indexed. */
  translation: string | null;
  span: Span;
}

export interface NoteEntry {
  kind: 'note';
  /** The note's address, `note-<id>`. */
  address: string;
  /** The address of the block the note is on. */
  block: string;
  noteType: NoteType;
  title: string;
  phrase: string;
  correction: string | null;
  /** The note's body as plain text. */
  body: string;
  span: Span;
}

export type SearchEntry = BlockEntry | NoteEntry;
/** An entry before its place among its article's indexed words is known (see index-page.ts). */
export type UnplacedEntry = Omit<BlockEntry, 'span'> | Omit<NoteEntry, 'span'>;

/** Which side of an entry: the source language's texts or the translation's. */
export type Side = 'source' | 'translation';
export const entrySides: readonly Side[] = ['source', 'translation'];

/** The texts of one side of an entry, in the order they are shown (a note's phrase and correction, its title and body). */
export function sideTexts(entry: UnplacedEntry, side: Side): string[] {
  if (entry.kind === 'note') return side === 'source' ? [entry.phrase, entry.correction ?? ''] : [entry.title, entry.body];
  return [side === 'source' ? entry.source : (entry.translation ?? '')];
}

// A hand-written reader rather than a schema library: the browser parses these files on
// the first search, and a validation library would weigh more than the whole search script.

class DocumentError extends Error {}

/** A JSON object, read field by field. */
type Json = { get: (key: string) => unknown };

function object(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DocumentError(`${where} is not an object`);
  const fields = new Map<string, unknown>(Object.entries(value));
  return { get: (key) => fields.get(key) };
}
function string(record: Json, key: string, where: string): string {
  const value = record.get(key);
  if (typeof value !== 'string') throw new DocumentError(`${where}.${key} is not a string`);
  return value;
}
function nullableString(record: Json, key: string, where: string): string | null {
  return record.get(key) === null ? null : string(record, key, where);
}
const isPosition = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function language(value: unknown, where: string): TextLanguage {
  const record = object(value, where);
  const dir = record.get('dir');
  if (dir !== 'rtl' && dir !== 'ltr') throw new DocumentError(`${where}.dir is not "rtl" or "ltr"`);
  return { lang: string(record, 'lang', where), dir };
}
function span(value: unknown, where: string): Span {
  if (!Array.isArray(value) || value.length !== 3) throw new DocumentError(`${where}.span is not three word positions`);
  const [start, middle, end]: unknown[] = value;
  if (!isPosition(start) || !isPosition(middle) || !isPosition(end)) throw new DocumentError(`${where}.span is not three word positions`);
  if (start > middle || middle > end) throw new DocumentError(`${where}.span is not in order`);
  return [start, middle, end];
}
function entry(value: unknown, where: string): SearchEntry {
  const record = object(value, where);
  const kind = record.get('kind');
  const address = string(record, 'address', where);
  if (kind === 'paragraph' || kind === 'heading') {
    return { kind, address, label: string(record, 'label', where), source: string(record, 'source', where), translation: nullableString(record, 'translation', where), span: span(record.get('span'), where) };
  }
  if (kind === 'note') {
    const noteType = noteTypes.find((type) => type === record.get('noteType'));
    if (!noteType) throw new DocumentError(`${where}.noteType is not one of ${noteTypes.join(', ')}`);
    return {
      kind,
      address,
      block: string(record, 'block', where),
      noteType,
      title: string(record, 'title', where),
      phrase: string(record, 'phrase', where),
      correction: nullableString(record, 'correction', where),
      body: string(record, 'body', where),
      span: span(record.get('span'), where),
    };
  }
  throw new DocumentError(`${where}.kind is not paragraph, heading or note`);
}

/**
 * Reads a search document from parsed JSON, checking every field; `from` names the file in
 * the error (`search data <file>: entries[3].address is not a string`).
 */
export function parseSearchDocument(value: unknown, from: string): SearchDocument {
  try {
    const record = object(value, 'document');
    const title = object(record.get('title'), 'title');
    const entries = record.get('entries');
    if (!Array.isArray(entries)) throw new DocumentError('entries is not a list');
    return {
      slug: string(record, 'slug', 'document'),
      path: string(record, 'path', 'document'),
      title: { source: string(title, 'source', 'title'), translation: string(title, 'translation', 'title') },
      source: language(record.get('source'), 'source'),
      translation: record.get('translation') === null ? null : language(record.get('translation'), 'translation'),
      entries: entries.map((item, index) => entry(item, `entries[${index}]`)),
    };
  } catch (error) {
    if (error instanceof DocumentError) throw new Error(`search data ${from}: ${error.message}`);
    throw error;
  }
}
