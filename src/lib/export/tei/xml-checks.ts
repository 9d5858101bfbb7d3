// Two things a string must be before it goes into XML, checked here so that a bad one fails
// the build with its article and place named instead of writing a file no parser reads.

// XML 1.0 (fifth edition) NameStartChar and NameChar, without the colon: an NCName, which is
// what xml:id must be.
const nameStart = 'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const nameChar = `${nameStart}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const ncName = new RegExp(`^[${nameStart}][${nameChar}]*$`, 'u');

/**
 * Characters XML 1.0 cannot hold at all, not even as a character reference: controls and
 * two noncharacters here, lone surrogates by String#isWellFormed (a regular expression in
 * Unicode mode would find them too, but is several times slower on long Arabic texts). The
 * serialiser would silently drop them, which would change the text. A carriage return is
 * allowed: parsers read CRLF as LF, and received texts never hold one (src/lib/source-text.ts
 * refuses it).
 */
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const loneSurrogate = /[\uD800-\uDFFF]/u;

/** Checks that an id can be an xml:id; throws, naming the id and where it comes from, when it is no NCName. */
export function xmlId(id: string, where: string): string {
  if (!ncName.test(id)) {
    throw new Error(`${where}: "${id}" is not an XML name, so it cannot be an xml:id and the TEI export cannot be written. Fix: give the block or note an address of letters, digits and hyphens.`);
  }
  return id;
}

/** A text for XML content or an attribute; throws, naming where it is, when XML cannot hold one of its characters. */
export function xmlText(text: string, where: string): string {
  const bad = notXml.exec(text) ?? (text.isWellFormed() ? null : loneSurrogate.exec(text));
  if (bad) {
    const code = `U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    throw new Error(`${where}: holds ${code} at position ${bad.index + 1}, a character XML cannot hold, so the TEI export cannot be written. Fix: remove the character; in a received text that is a correction of the text, so ask for a clean copy first, and say so in the article's origin remarks.`);
  }
  return text;
}
