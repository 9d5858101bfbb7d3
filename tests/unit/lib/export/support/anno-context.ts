import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import jsonld from 'jsonld';
import type { JsonLdDocument, NodeObject } from 'jsonld';
import { annoContext } from '../../../../../src/schemas/data/annotation-collection.ts';

/** The Web Annotation context, from the copy kept in the repository (src/schemas/data/anno.jsonld). */
const context: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../../src/schemas/data/anno.jsonld'), 'utf8'));

/** A document loader that serves the kept context and refuses every other URL: the tests never fetch. */
async function documentLoader(url: string) {
  if (url === annoContext || url === annoContext.replace('http:', 'https:')) return { contextUrl: undefined, documentUrl: url, document: context };
  throw new Error(`the tests fetch nothing, but the document asked for ${url}`);
}

/**
 * Expands a JSON-LD document with the kept context, in jsonld's safe mode, which throws
 * rather than drop a term the context does not define or a value it cannot read.
 */
export function expand(document: unknown): Promise<NodeObject[]> {
  return jsonld.expand(document as JsonLdDocument, { documentLoader, safe: true } as Parameters<typeof jsonld.expand>[1]);
}
