/**
 * Where the search document of the article Pagefind calls `id` is published, below the
 * site's base. The file is the document's JSON, gzip-compressed at build time (as Pagefind
 * stores its own files): a fifth of the bytes on the host, and sent as it is. Its extension
 * is one no host serves with a Content-Encoding of its own; the browser inflates it.
 */
export const searchDataFile = (id: string) => `search-data/${encodeURIComponent(id)}.bin`;
