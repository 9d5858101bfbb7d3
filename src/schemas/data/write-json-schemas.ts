// Writes the JSON Schema files of this folder from their Zod sources (json-schemas.ts).
// Run after changing a schema: `npx node src/schemas/data/write-json-schemas.ts`.
import { writeFileSync } from 'node:fs';
import { jsonSchemaSources, jsonSchemaText, type JsonSchemaFile } from './json-schemas.ts';

for (const file of Object.keys(jsonSchemaSources) as JsonSchemaFile[]) {
  writeFileSync(new URL(file, import.meta.url), jsonSchemaText(file));
  console.log(`wrote src/schemas/data/${file}`);
}
