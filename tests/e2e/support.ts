// Shared knowledge for the browser tests: where the article lives and what it must contain.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';

export const articleSlug = 'north-korea-russia-partnership-treaty';
/** Relative to the configured baseURL (which carries BASE_PATH), so sub-path deploys work too. */
export const articlePath = `articles/${articleSlug}/`;

/** The project's root (this file is tests/e2e/support.ts), whatever folder the tests run from. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The received text of the article, kept byte for byte in the repository. */
export const sourcePath = resolve(projectRoot, `content/sources/${articleSlug}.ar.txt`);

/** Source lines (1-based) that are section headings, and the addresses they get (slugs of their text). */
const headingIds: ReadonlyMap<number, string> = new Map([
  [9, 'ضربات-الجزاء'],
  [16, 'تجنيد-الحلفاء'],
]);

export interface SourceBlock {
  /** 1-based line in the source file. */
  line: number;
  kind: 'heading' | 'paragraph';
  /** The block's address: p1..p22 for paragraphs, an Arabic slug for headings. */
  id: string;
  /** The source line exactly as received. */
  text: string;
}

/** Reads the received text: one block per line, every character kept (only the line breaks go). */
export function readSource(): SourceBlock[] {
  const lines = readFileSync(sourcePath, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  let paragraph = 0;
  return lines.map((text, index) => {
    const line = index + 1;
    const headingId = headingIds.get(line);
    if (headingId) return { line, kind: 'heading', id: headingId, text };
    paragraph += 1;
    return { line, kind: 'paragraph', id: `p${paragraph}`, text };
  });
}

/** A pair by its address; attribute selectors keep Arabic ids safe from CSS escaping rules. */
export function pairLocator(page: Page, id: string): Locator {
  return page.locator(`div.pair[id="${id}"]`);
}

/** The absolute URL of the article, optionally with a fragment, given the test's baseURL. */
export function articleUrl(baseURL: string | undefined, id?: string): string {
  const url = new URL(articlePath, baseURL ?? 'http://127.0.0.1:4323/');
  if (id !== undefined) url.hash = encodeURIComponent(id);
  return url.href;
}

/** Arabic script (letters, digits, punctuation, presentation forms). */
export const arabicScript = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
