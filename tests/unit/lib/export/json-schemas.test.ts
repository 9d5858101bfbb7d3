import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaSources, jsonSchemaText, type JsonSchemaFile } from '../../../../src/schemas/data/json-schemas.ts';
import { schemaFiles } from '../../../../src/lib/export/paths.ts';

const kept = (file: string) => readFileSync(resolve(import.meta.dirname, '../../../../src/schemas/data', file), 'utf8');

describe('the JSON Schemas kept in src/schemas/data', () => {
  for (const file of Object.keys(jsonSchemaSources) as JsonSchemaFile[]) {
    it(`${file} is the schema the exporter is typed with (if not: npx node src/schemas/data/write-json-schemas.ts)`, () => {
      expect(kept(file)).toBe(jsonSchemaText(file));
    });
  }

  it('are the files the data links name', () => {
    expect(Object.keys(jsonSchemaSources).sort()).toEqual([schemaFiles.annotations, schemaFiles.article, schemaFiles.articles].sort());
    expect(kept(`tei/${schemaFiles.tei}`)).toMatch(/^<\?xml/);
  });
});
