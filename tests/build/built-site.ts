// What the tests of the built site share: where the project, the built site and its content
// are, and how to list the built files. DIST_DIR and CONTENT_DIR point at a fixture build.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project's root (this file is tests/build/built-site.ts). */
export const root = resolve(import.meta.dirname, '../..');
/** The built site: dist/, or DIST_DIR. */
export const dist = resolve(root, process.env['DIST_DIR'] ?? 'dist');
/** The content the site was built from: content/, or CONTENT_DIR. */
export const contentDir = resolve(root, process.env['CONTENT_DIR'] ?? 'content');

/** Every file below `dir`, at any depth, as full paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
