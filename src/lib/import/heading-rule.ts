import type { ContentProblem } from '../content-error.ts';
import type { SourceLine } from '../source-text.ts';
import { command, type HeadingChoice } from './arguments.ts';

/** The longest line the rule takes as a heading, in characters as a reader counts them (a letter with its harakat is one). */
export const headingMaxLength = 80;

/** A line ending in one of these (spaces aside) is a sentence or part of one, never a heading. */
export const finalPunctuation = ['.', ',', ':', ';', '!', '?', '…', '،', '؛', '؟', '۔', '"', "'", '“', '”', '‘', '’', '«', '»'] as const;
const final = new Set<string>(finalPunctuation);

/** The rule in words, for the command's output and the README. */
export const headingRule = `a line of at most ${headingMaxLength} characters that holds a letter or a digit and does not end in ${finalPunctuation.join(' ')}`;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Whether a line of received text reads as a section heading: short, with something to
 * make an address from (rehype-slug keeps letters and digits), and not ending as a
 * sentence does. Received texts mark no headings, so this is a guess the author checks.
 */
export function looksLikeHeading(text: string): boolean {
  const trimmed = text.trimEnd();
  const characters = [...graphemes.segment(trimmed)];
  if (characters.length === 0 || characters.length > headingMaxLength) return false;
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return false;
  const last = characters.at(-1)?.segment ?? '';
  // A final character with marks on it (a letter with harakat) is still that letter.
  return !final.has([...last][0] ?? '');
}

/**
 * The heading lines of a received text: by the rule, the lines the author named, or none.
 * An article needs at least one paragraph: its entry lists one id per paragraph.
 */
export function chooseHeadings(file: string, lines: readonly SourceLine[], choice: HeadingChoice): { headings: number[]; problem?: undefined } | { headings?: undefined; problem: ContentProblem } {
  let headings: number[];
  if (choice.by === 'none') headings = [];
  else if (choice.by === 'rule') headings = lines.filter((line) => looksLikeHeading(line.text)).map((line) => line.line);
  else {
    const withText = new Set(lines.map((line) => line.line));
    const wrong = choice.lines.find((line) => !withText.has(line));
    if (wrong !== undefined) {
      return {
        problem: {
          file: command,
          where: '--headings',
          problem: `line ${wrong} of ${file} is not a line of text`,
          fix: `name lines that hold text: ${describeLines(lines)}`,
        },
      };
    }
    headings = choice.lines;
  }
  if (headings.length === lines.length) {
    const how = choice.by === 'rule' ? `the rule takes every line as a heading (${headingRule})` : '--headings names every line';
    return { problem: { file: command, where: '--headings', problem: `${how}, so the article would have no paragraph`, fix: 'name the real heading lines with --headings 9,16, or give --no-headings' } };
  }
  return { headings };
}

/** "1 to 24", or the numbers when some lines are empty: "1 to 3, 5 to 9". */
function describeLines(lines: readonly SourceLine[]): string {
  const ranges: [number, number][] = [];
  for (const { line } of lines) {
    const last = ranges.at(-1);
    if (last && last[1] === line - 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges.map(([start, end]) => (start === end ? `${start}` : `${start} to ${end}`)).join(', ');
}
