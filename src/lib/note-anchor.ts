import type { ContentProblem } from './content-error.ts';
import { excerpt } from './blocks.ts';

/** Where a note's phrase stands in its block's text, in UTF-16 offsets. */
export interface PhraseRange {
  start: number;
  end: number;
}

export interface NoteAnchorInput {
  /** The note's id, for messages. */
  id: string;
  file: string;
  block: string;
  blockText: string;
  phrase: string;
  occurrence: number | undefined;
}

function occurrencesOf(text: string, phrase: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) starts.push(at);
  return starts;
}

/**
 * Finds the exact phrase a note explains. The match is character for character (no
 * folding of hamza, harakat or quote marks): a note must point at the text as published.
 */
export function anchorNote(input: NoteAnchorInput): PhraseRange | ContentProblem {
  const { file, block, blockText, phrase, occurrence } = input;
  const starts = occurrencesOf(blockText, phrase);
  const where = 'phrase';
  if (starts.length === 0) {
    return {
      file,
      where,
      problem: `“${phrase}” does not occur in ${block}: ${excerpt(blockText, 60)}`,
      fix: `copy the phrase exactly, character for character, from ${block}`,
    };
  }
  if (occurrence === undefined && starts.length > 1) {
    return {
      file,
      where,
      problem: `“${phrase}” occurs ${starts.length} times in ${block}, so the note is ambiguous`,
      fix: `add occurrence: 1 to ${starts.length} to say which one, or quote a longer phrase`,
    };
  }
  const start = starts[(occurrence ?? 1) - 1];
  if (start === undefined) {
    return {
      file,
      where: 'occurrence',
      problem: `asks for occurrence ${occurrence} of “${phrase}” but ${block} has ${starts.length}`,
      fix: `use a number from 1 to ${starts.length}`,
    };
  }
  return { start, end: start + phrase.length };
}

export const isProblem = (value: PhraseRange | ContentProblem): value is ContentProblem => 'problem' in value;

export interface AnchoredNote extends PhraseRange {
  id: string;
  file: string;
  block: string;
}

/**
 * Marks in one block may not overlap: each mark is one link to one note, and nested
 * links are not valid HTML, so overlapping notes would have no unambiguous rendering.
 */
export function findOverlaps(notes: readonly AnchoredNote[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byBlock = Map.groupBy(notes, (note) => note.block);
  for (const [block, inBlock] of byBlock) {
    const sorted = [...inBlock].sort((a, b) => a.start - b.start || a.end - b.end);
    // Compare with the note reaching furthest so far, so phrases nested in a long one are all caught.
    let reach: AnchoredNote | undefined;
    for (const note of sorted) {
      if (reach && note.start < reach.end) {
        problems.push({
          file: note.file,
          where: 'phrase',
          problem: `overlaps the phrase of note "${reach.id}" (${reach.file}) in ${block}`,
          fix: 'make the two phrases disjoint, or say both things in one note',
        });
      }
      if (!reach || note.end > reach.end) reach = note;
    }
  }
  return problems;
}
