import { toSearchText } from '../search-analysis/index.ts';

/**
 * What search knows of one article: the original text of every block and note, written
 * to `search-data/<slug>.json` at build time. The indexer turns it into Pagefind records;
 * the browser fetches it once an article appears in results, to show excerpts and
 * highlights in the text's own spelling (Pagefind only holds the analysed keys).
 */
export interface SearchDocument {
  slug: string;
  /** The article's path below the site's base, e.g. `articles/<slug>/`. */
  path: string;
  title: { source: string; translation: string };
  source: { lang: string; dir: 'rtl' | 'ltr' };
  translation: { lang: string; dir: 'rtl' | 'ltr' } | undefined;
  entries: SearchEntry[];
}

export interface BlockEntry {
  kind: 'paragraph' | 'heading';
  /** The address (`p7`, a heading slug). */
  address: string;
  /** "paragraph 7" or the heading's translation. */
  label: string;
  source: string;
  translation: string | undefined;
}

export interface NoteEntry {
  kind: 'note';
  /** The note's address, `note-<id>`. */
  address: string;
  /** The block the note is on. */
  block: string;
  label: string;
  noteType: string;
  typeLabel: string;
  title: string;
  phrase: string;
  correction: string | undefined;
  /** The note's body as plain text. */
  body: string;
}

export type SearchEntry = BlockEntry | NoteEntry;

/** Which side of an entry a record holds: the source language or the translation's. */
export type Side = 'source' | 'translation';

export interface IndexRecord {
  /** A key unique per record, `<path>?side=<side>#<address>`; links are built from the document, not from this. */
  url: string;
  content: string;
  filters: { kind: ['text' | 'note']; language: [string] };
}

/** The texts of one side of an entry, in the order they are shown. */
export function sideTexts(entry: SearchEntry, side: Side): string[] {
  if (entry.kind === 'note') return side === 'source' ? [entry.phrase, entry.correction ?? ''] : [entry.title, entry.body];
  return [side === 'source' ? entry.source : (entry.translation ?? '')];
}

export function recordUrl(document: SearchDocument, address: string, side: Side): string {
  return `/${document.path}?side=${side}#${address}`;
}

/** Parses a record key back into its parts. */
export function parseRecordUrl(url: string): { path: string; side: Side; address: string } | undefined {
  const match = /^\/?(.*?)\?side=(source|translation)#(.+)$/.exec(url);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { path: match[1], side: match[2] as Side, address: decodeURIComponent(match[3]) };
}

/** The Pagefind records of one article: one per side of every block and note that has text. */
export function indexRecords(document: SearchDocument): IndexRecord[] {
  const records: IndexRecord[] = [];
  for (const entry of document.entries) {
    for (const side of ['source', 'translation'] as const) {
      const language = side === 'source' ? document.source.lang : document.translation?.lang;
      const content = sideTexts(entry, side).map(toSearchText).filter(Boolean).join(' ');
      if (!language || !content) continue;
      records.push({
        url: recordUrl(document, entry.address, side),
        content,
        filters: { kind: [entry.kind === 'note' ? 'note' : 'text'], language: [language] },
      });
    }
  }
  return records;
}
