/** A block of the received text: its line in the file and its text. */
export interface ReceivedLine {
  line: number;
  text: string;
}

/**
 * The received file, rebuilt from its blocks as a reader of the data would: `lineCount`
 * lines, each block's text on its line, the other lines empty, joined by LF, and a final
 * LF when the file had one. The inverse of src/lib/source-text.ts readReceivedText.
 */
export function rebuildReceived(lines: readonly ReceivedLine[], lineCount: number, finalNewline: boolean): string {
  const all = Array.from({ length: lineCount }, () => '');
  for (const { line, text } of lines) {
    if (line < 1 || line > lineCount) throw new Error(`line ${line} is outside a file of ${lineCount} lines`);
    if (all[line - 1] !== '') throw new Error(`two blocks claim line ${line}`);
    all[line - 1] = text;
  }
  return `${all.join('\n')}${finalNewline ? '\n' : ''}`;
}
