import { z } from 'astro/zod';
import { annotationCollectionSchema } from './annotation-collection.ts';
import { articleExportSchema } from './article-export.ts';
import { articlesIndexSchema } from './articles-index.ts';

/**
 * The JSON Schemas of the open-data files, made from the Zod schemas the exporter is typed
 * with, so that the published contract and the code cannot disagree. The files in this
 * folder (`*.schema.json`) are these, written by `npx node src/schemas/data/write-json-schemas.ts`;
 * a unit test fails when a file is out of date.
 */
export const jsonSchemaSources = {
  'articles.schema.json': articlesIndexSchema,
  'article.schema.json': articleExportSchema,
  'annotations.schema.json': annotationCollectionSchema,
} as const;

export type JsonSchemaFile = keyof typeof jsonSchemaSources;

/** A schema file's text, as it is kept in the repository and served. */
export function jsonSchemaText(file: JsonSchemaFile): string {
  return `${JSON.stringify(z.toJSONSchema(jsonSchemaSources[file], { target: 'draft-2020-12', io: 'output' }), null, 2)}\n`;
}
