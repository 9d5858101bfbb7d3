import type { ContentProblem } from './content-error.ts';

/** One non-empty line of a received text: a block of the article. */
export interface SourceLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
}

export interface ReceivedText {
  lines: SourceLine[];
  /** Lines in the file, empty ones included. */
  lineCount: number;
  /** Whether the file ends with a line break. */
  finalNewline: boolean;
}

/**
 * Reads a received source text: UTF-8, one block per line. Nothing is normalised, so a
 * byte-order mark, CRLF line endings, an invalid byte, a control character other than
 * tab (a web page cannot show one, and the XML export cannot hold one) or a line holding
 * only spaces is refused rather than silently changed: the file must stay exactly as received.
 * Empty lines separate blocks and are kept in the line count.
 */
export function readReceivedText(file: string, bytes: Uint8Array): { text?: ReceivedText; problems: ContentProblem[] } {
  const refuse = (where: string, problem: string, fix: string) => ({ problems: [{ file, where, problem, fix }] });
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    return refuse(`byte ${at}`, 'is not valid UTF-8, so the text cannot be read as received', 're-save the file as UTF-8 (not Windows-1256 or ISO-8859-6) and check that every character survived');
  }
  if (decoded.startsWith('\uFEFF')) {
    return refuse('start of file', 'begins with a byte-order mark (U+FEFF), which is not part of the text', 're-save the file as UTF-8 without a byte-order mark');
  }
  const carriageReturn = decoded.indexOf('\r');
  if (carriageReturn !== -1) {
    const line = decoded.slice(0, carriageReturn).split('\n').length;
    return refuse(`line ${line}`, 'has a carriage return (CRLF or CR line endings); lines must end with LF alone', 'convert the line endings to LF (for example `dos2unix`), which changes nothing else');
  }
  const all = decoded.split('\n');
  const finalNewline = decoded.endsWith('\n');
  if (finalNewline) all.pop();
  const problems: ContentProblem[] = [];
  const lines: SourceLine[] = [];
  all.forEach((text, index) => {
    if (text === '') return;
    const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
    if (control) {
      const code = `U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
      problems.push({ file, where: `line ${index + 1}`, problem: `holds the control character ${code} at column ${control.index + 1}, which a web page cannot show`, fix: 'it is most likely damage from copying or converting the text: ask for a clean copy; removing it changes the received text, so say so in the origin remarks' });
      return;
    }
    if (text.trim() === '') {
      problems.push({ file, where: `line ${index + 1}`, problem: 'holds only white space: it is neither a block nor an empty line', fix: 'make it an empty line, or remove it' });
      return;
    }
    lines.push({ line: index + 1, text });
  });
  if (lines.length === 0 && problems.length === 0) {
    problems.push({ file, where: 'whole file', problem: 'holds no text', fix: 'the file must hold the received text, one paragraph per line' });
  }
  return problems.length > 0 ? { problems } : { text: { lines, lineCount: all.length, finalNewline }, problems };
}

/** The 1-based position of the first byte that is not valid UTF-8 (a cut-off last character counts from its first byte). */
function firstInvalidByte(bytes: Uint8Array): number {
  // Whether a prefix decodes is monotonic in its length, so a binary search finds the first
  // prefix that fails; stream mode lets a prefix end inside a character.
  const decodes = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  if (decodes(bytes.length)) {
    // Every byte is valid but the last character is cut off: name its first byte.
    let start = bytes.length - 1;
    while (start > 0 && ((bytes[start] ?? 0) & 0xc0) === 0x80) start--;
    return start + 1;
  }
  let low = 0;
  let high = bytes.length;
  while (low + 1 < high) {
    const middle = Math.floor((low + high) / 2);
    if (decodes(middle)) low = middle;
    else high = middle;
  }
  return high;
}

// Every ASCII punctuation character is written as a numeric character reference: a
// reference is always text, never the start of Markdown syntax (emphasis, lists, links,
// tables, HTML). Non-ASCII punctuation (، “ ” …) is never syntax. Markdown drops spaces
// and tabs at either end of a paragraph; written as references they survive too. (Bare
// web and e-mail addresses GFM links after parsing, whatever the escaping: the document
// is marked verbatim, and src/markdown/remark-verbatim.ts undoes those links.)
const asciiPunctuation = /[!-/:-@[-`{-~]/g;
const edgeWhitespace = /^[ \t\f]+|[ \t\f]+$/g;
const reference = (text: string) => [...text].map((char) => `&#${char.codePointAt(0)};`).join('');

/**
 * A line of received text as Markdown that renders to exactly that text. The loader
 * checks the rendered text against the line anyway, so a case this misses fails the
 * build instead of changing the text.
 */
export function markdownLiteral(text: string): string {
  return text.replace(asciiPunctuation, reference).replace(edgeWhitespace, reference);
}

/**
 * The received text as one Markdown document for the site's processor: each line a
 * paragraph, or a level-2 heading for the lines listed in `headings`, in order, under a
 * frontmatter that gives the document's language and marks it verbatim (both read by the
 * processor's plugins).
 */
export function sourceMarkdown(text: ReceivedText, headings: ReadonlySet<number>, lang: string): string {
  const blocks = text.lines.map(({ line, text: value }) => `${headings.has(line) ? '## ' : ''}${markdownLiteral(value)}`);
  return `---\nlang: ${lang}\nverbatim: true\n---\n\n${blocks.join('\n\n')}\n`;
}
