import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../../src/lib/content-error.ts';
import { markdownLiteral, readReceivedText, sourceMarkdown, type ReceivedText } from '../../../src/lib/source-text.ts';
import { articleLines, files, receivedBytes } from '../fixtures/received-text.ts';

const file = files.source;
const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | readonly number[])[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : [...part])));

function accepted(input: Uint8Array): ReceivedText {
  const { text, problems } = readReceivedText(file, input);
  expect(problems).toEqual([]);
  if (!text) throw new Error('the text was refused');
  return text;
}

function refused(input: Uint8Array): ContentProblem {
  const { text, problems } = readReceivedText(file, input);
  expect(text).toBeUndefined();
  expect(problems).toHaveLength(1);
  const [problem] = problems;
  if (!problem) throw new Error('no problem reported');
  expect(problem.file).toBe(file);
  expect(problem.fix).not.toBe('');
  return problem;
}

describe('readReceivedText', () => {
  it('reads the real received text as one block per line, each exactly as in the file', () => {
    const text = accepted(receivedBytes);
    expect(text.lines.map((line) => line.text)).toEqual(articleLines);
    expect(text.lines.map((line) => line.line)).toEqual(articleLines.map((_, index) => index + 1));
  });

  it('records that the real received text has 24 lines and no final line break', () => {
    const text = accepted(receivedBytes);
    expect(text.lineCount).toBe(24);
    expect(text.finalNewline).toBe(false);
  });

  it('records a final line break without counting an extra line', () => {
    expect(accepted(bytes('ضربات الجزاء\nتجنيد الحلفاء\n'))).toEqual({
      lines: [
        { line: 1, text: 'ضربات الجزاء' },
        { line: 2, text: 'تجنيد الحلفاء' },
      ],
      lineCount: 2,
      finalNewline: true,
    });
  });

  it('accepts empty lines between blocks and keeps the real line numbers of the blocks after them', () => {
    const text = accepted(bytes('ضربات الجزاء\n\n\nوتأتي محادثات القمة\n\nتجنيد الحلفاء'));
    expect(text.lines).toEqual([
      { line: 1, text: 'ضربات الجزاء' },
      { line: 4, text: 'وتأتي محادثات القمة' },
      { line: 6, text: 'تجنيد الحلفاء' },
    ]);
    expect(text.lineCount).toBe(6);
    expect(text.finalNewline).toBe(false);
  });

  it('counts empty lines at the start and at the end of the file', () => {
    const text = accepted(bytes('\n\nضربات الجزاء\n\n'));
    expect(text.lines).toEqual([{ line: 3, text: 'ضربات الجزاء' }]);
    expect(text.lineCount).toBe(4);
    expect(text.finalNewline).toBe(true);
  });

  it('keeps spaces, tabs, harakat, tatweel, directional marks and no-break spaces inside a line as they are', () => {
    const line = '  \tأيضًا لـ”معاهدة\u200F\u00A0كـــبير\t ';
    expect(accepted(bytes(`${line}\n`)).lines).toEqual([{ line: 1, text: line }]);
  });

  it('does not normalise the text: decomposed and composed forms stay as received', () => {
    const decomposed = 'e\u0301 آ'.normalize('NFD');
    expect(accepted(bytes(decomposed)).lines[0]?.text).toBe(decomposed);
  });

  it('refuses a file that is not valid UTF-8, naming the byte and how to re-save it', () => {
    const problem = refused(bytes('ab', [0xff], 'c'));
    expect(problem.where).toBe('byte 3');
    expect(problem.problem).toContain('not valid UTF-8');
    expect(problem.fix).toContain('UTF-8');
    expect(problem.fix).toContain('Windows-1256');
  });

  it('names the position of the first invalid byte after Arabic letters, which take two bytes each', () => {
    // قال is six bytes; the seventh byte is the invalid one.
    expect(refused(bytes('قال', [0xff], 'c')).where).toBe('byte 7');
  });

  it('names the position of a multi-byte character cut short at the end of the file', () => {
    // قال and the line break are seven bytes; the eighth starts a character that never ends.
    expect(refused(bytes('قال\n', [0xd9])).where).toBe('byte 8');
  });

  it('refuses a file saved as Windows-1256, which is not UTF-8', () => {
    // ضربات in Windows-1256.
    expect(refused(bytes([0xd6, 0xd1, 0xc8, 0xc7, 0xca])).problem).toContain('not valid UTF-8');
  });

  it('refuses a byte-order mark rather than dropping it', () => {
    const problem = refused(bytes([0xef, 0xbb, 0xbf], 'ضربات الجزاء\n'));
    expect(problem.where).toBe('start of file');
    expect(problem.problem).toContain('U+FEFF');
    expect(problem.fix).toContain('without a byte-order mark');
  });

  it('refuses CRLF line endings, naming the first line that has one', () => {
    const problem = refused(bytes('ضربات الجزاء\nوتأتي محادثات القمة\r\nتجنيد الحلفاء\r\n'));
    expect(problem.where).toBe('line 2');
    expect(problem.problem).toContain('carriage return');
    expect(problem.fix).toContain('LF');
  });

  it('refuses a lone carriage return inside a line', () => {
    expect(refused(bytes('ضربات\rالجزاء\n')).where).toBe('line 1');
  });

  it('refuses a line holding only spaces, naming its line', () => {
    const problem = refused(bytes('ضربات الجزاء\n   \nتجنيد الحلفاء\n'));
    expect(problem.where).toBe('line 2');
    expect(problem.problem).toContain('only white space');
    expect(problem.fix).toContain('empty line');
  });

  it('refuses lines holding only a tab or only no-break spaces', () => {
    const { problems } = readReceivedText(file, bytes('\t\nضربات الجزاء\n\u00A0\u00A0\n'));
    expect(problems.map((problem) => problem.where)).toEqual(['line 1', 'line 3']);
  });

  it('accepts a line holding only a right-to-left mark, which is not white space', () => {
    expect(accepted(bytes('\u200F\n')).lines).toEqual([{ line: 1, text: '\u200F' }]);
  });

  it('refuses a control character, naming its line and column, and a form feed as well (a page cannot show it, XML cannot hold it)', () => {
    const nul = refused(bytes('ضربات الجزاء\nتجنيد\u0000الحلفاء\n'));
    expect(nul.where).toBe('line 2');
    expect(nul.problem).toContain('U+0000 at column 6');
    expect(refused(bytes('ضربات\fالجزاء\n')).problem).toContain('U+000C');
  });

  it('accepts a tab inside a line, the one control character a text may hold', () => {
    expect(accepted(bytes('ضربات\tالجزاء\n')).lines[0]?.text).toBe('ضربات\tالجزاء');
  });

  it('refuses an empty file', () => {
    const problem = refused(bytes(''));
    expect(problem.where).toBe('whole file');
    expect(problem.problem).toContain('no text');
  });

  it('refuses a file holding only empty lines', () => {
    expect(refused(bytes('\n\n\n')).problem).toContain('no text');
  });
});

describe('markdownLiteral', () => {
  it('leaves Arabic text without ASCII punctuation as it is', () => {
    expect(markdownLiteral('ضربات الجزاء')).toBe('ضربات الجزاء');
    expect(markdownLiteral('أيضًا لـ”معاهدة إلى…فيتنام، والرئيس')).toBe('أيضًا لـ”معاهدة إلى…فيتنام، والرئيس');
  });

  it('writes every ASCII punctuation character as a numeric character reference, which is always text', () => {
    expect(markdownLiteral('*x* [a](b) <c> &amp; #1.')).toBe('&#42;x&#42; &#91;a&#93;&#40;b&#41; &#60;c&#62; &#38;amp&#59; &#35;1&#46;');
  });

  it('leaves Arabic punctuation, quotes and ellipses as they are', () => {
    expect(markdownLiteral('لـ”معاهدة، إلى…فيتنام؟')).toBe('لـ”معاهدة، إلى…فيتنام؟');
  });

  it('writes spaces and tabs at either end as character references, which Markdown keeps', () => {
    expect(markdownLiteral(' \tقال بوتين ')).toBe('&#32;&#9;قال بوتين&#32;');
  });

  it('leaves spaces inside the line as they are', () => {
    expect(markdownLiteral('قال  بوتين')).toBe('قال  بوتين');
  });
});

describe('sourceMarkdown', () => {
  const text: ReceivedText = {
    lines: [
      { line: 1, text: 'وقعت كوريا الشمالية' },
      { line: 3, text: 'ضربات الجزاء' },
      { line: 4, text: 'وتأتي محادثات القمة.' },
    ],
    lineCount: 4,
    finalNewline: true,
  };

  it('writes the language and the verbatim mark in the frontmatter, then each line as its own paragraph', () => {
    expect(sourceMarkdown(text, new Set(), 'ar')).toBe('---\nlang: ar\nverbatim: true\n---\n\nوقعت كوريا الشمالية\n\nضربات الجزاء\n\nوتأتي محادثات القمة&#46;\n');
  });

  it('makes the listed lines level-2 headings, by their line in the file', () => {
    expect(sourceMarkdown(text, new Set([3]), 'ar')).toContain('\n\n## ضربات الجزاء\n\n');
  });
});
