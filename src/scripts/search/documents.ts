import { searchDataFile } from '../../lib/search/search-data-file';
import { parseSearchDocument, type SearchDocument } from '../../lib/search/search-document';

const documents = new Map<string, Promise<SearchDocument>>();

/** The bytes of a data file as JSON text: gzip as built, or already inflated by a host that decoded it. */
async function inflate(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

/** The search document of the article Pagefind calls `id`, fetched once per page. */
export function loadDocument(base: string, id: string): Promise<SearchDocument> {
  let document = documents.get(id);
  if (!document) {
    const file = searchDataFile(id);
    document = fetch(`${base}${file}`).then(async (response) => {
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return parseSearchDocument(JSON.parse(await inflate(response)), file);
    });
    documents.set(id, document);
    document.catch(() => documents.delete(id));
  }
  return document;
}
