/**
 * A short, stable digest of a block's text, recorded with each published id so that a
 * renumbering (an id moved onto other text) is caught. FNV-1a is enough: this detects
 * edits, it does not defend against anyone.
 */
export function fingerprint(text: string): string {
  const normalised = text.normalize('NFC');
  let hash = 0x811c9dc5;
  for (let i = 0; i < normalised.length; i++) {
    hash ^= normalised.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
