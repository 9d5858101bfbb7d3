import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The RELAX NG schema the TEI export is valid against, as kept in the repository. */
export const teiSchema = resolve(import.meta.dirname, '../../../../../src/schemas/data/tei/tei-annotated-translations.rng');

/**
 * Validates XML files against a RELAX NG schema with jing (Debian's `jing` package).
 * Throws, saying how to install it, when jing is not there: a missing validator must fail
 * the tests, never skip them.
 */
export function jing(files: readonly string[], schema: string = teiSchema): { ok: boolean; output: string } {
  const result = spawnSync('jing', [schema, ...files], { encoding: 'utf8' });
  if (result.error) {
    throw new Error(`jing, the RELAX NG validator the TEI tests need, could not be run (${result.error.message}). Install it: \`apt-get install jing\` (Debian); .ci/run installs it when missing.`);
  }
  // jing's launcher warns about optional jars it does not need; only its own messages count.
  const output = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.trim() !== '' && !line.includes('Unable to locate')).join('\n');
  return { ok: result.status === 0, output };
}

/** Validates XML documents given as text, in one jing run (each run starts a Java virtual machine). */
export function jingTexts(documents: readonly string[], schema?: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tei-'));
  try {
    const files = documents.map((xml, index) => {
      const file = join(dir, `document-${index + 1}.tei.xml`);
      writeFileSync(file, xml);
      return file;
    });
    return jing(files, schema);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const jingText = (xml: string, schema?: string) => jingTexts([xml], schema);
