// How big a build is: bytes and files under a folder, and per top-level entry.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Size {
  bytes: number;
  files: number;
}

/** Total bytes and file count under a folder (0 and 0 when it does not exist). */
export function folderSize(dir: string): Size {
  const size: Size = { bytes: 0, files: 0 };
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return size;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderSize(path);
      size.bytes += inner.bytes;
      size.files += inner.files;
    } else if (entry.isFile()) {
      size.bytes += statSync(path).size;
      size.files += 1;
    }
  }
  return size;
}

/** Bytes and files per top-level entry of a folder (`articles`, `pagefind`, `index.html`, …). */
export function topLevelSizes(dir: string): Record<string, Size> {
  const sizes: Record<string, Size> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    sizes[entry.name] = entry.isDirectory() ? folderSize(path) : { bytes: statSync(path).size, files: 1 };
  }
  return sizes;
}
