import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { JsonSchemaFile } from '../../../../../src/schemas/data/json-schemas.ts';

const schemaDir = resolve(import.meta.dirname, '../../../../../src/schemas/data');

/** The JSON Schema file as kept in the repository (what the site serves). */
export const keptSchema = (file: JsonSchemaFile): unknown => JSON.parse(readFileSync(resolve(schemaDir, file), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);

/** The problems Ajv finds with `data` against the kept schema; an empty list when it is valid. */
export function schemaErrors(file: JsonSchemaFile, data: unknown): string[] {
  const validate = ajv.getSchema(file) ?? (ajv.addSchema(keptSchema(file) as object, file), ajv.getSchema(file));
  if (!validate) throw new Error(`Ajv could not compile ${file}`);
  return validate(data) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}
