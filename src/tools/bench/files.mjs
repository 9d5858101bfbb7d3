// Small file-system and number helpers shared by the bench steps.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Total bytes and file count under a folder (0/0 when it does not exist). */
export function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return { bytes, files };
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderSize(path);
      bytes += inner.bytes;
      files += inner.files;
    } else if (entry.isFile()) {
      bytes += statSync(path).size;
      files += 1;
    }
  }
  return { bytes, files };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Body of an MDX/Markdown file without its frontmatter. */
export function body(source) {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}

/** Top-level blocks of a Markdown body: `{ heading: boolean, text }`, split on blank lines. */
export function blocksOf(markdown) {
  return markdown
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => (block.startsWith('## ') ? { heading: true, text: block.slice(3).trim() } : { heading: false, text: block.replace(/\s*\n\s*/g, ' ') }));
}

/** Bytes and files per top-level entry of a folder (`articles`, `pagefind`, `index.html`, …). */
export function topLevelSizes(dir) {
  const sizes = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    sizes[entry.name] = entry.isDirectory() ? folderSize(path) : { bytes: statSync(path).size, files: 1 };
  }
  return sizes;
}
