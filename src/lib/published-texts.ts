import type { ContentProblem } from './content-error.ts';
import { excerpt } from './blocks.ts';
import { fingerprint } from './fingerprint.ts';
import type { PublishedArticle, TextPart } from './published-addresses.ts';

/** A change to a published text, as the article entry declares it. */
export interface DeclaredChange {
  edition: number;
  date: Date;
  address: string;
  part: TextPart;
  what: string;
  why: string;
  previous: string;
}

interface PublishedTextsInput {
  /** The article entry, for messages. */
  file: string;
  /** The file whose text a part is in, for messages. */
  files: Record<TextPart, string>;
  lockFile: string;
  /** Every current block: its address, its two texts (no translation while a draft has none) and the line of each in its file. */
  blocks: readonly { address: string; kind: string; line: number; source: string; translation: string | undefined; translationLine: number | undefined }[];
  /** A draft's translation is not published yet: its texts are recorded once it is not a draft. */
  translationDraft: boolean;
  edition: { number: number; date: Date };
  changes: readonly DeclaredChange[];
  published: PublishedArticle;
}

const partName = { source: 'text', translation: 'translation' } as const;
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Checks that no published text changes silently: a block's source text or translation
 * that differs from what was published must be declared in `changes` (what, why and the
 * wording it replaces, which must be exactly the published one), so that readers find the
 * change in the article's log and citations of an earlier edition can say so. A declared
 * change not yet in the lock is the one problem `npm run ids:record` resolves.
 */
export function checkPublishedTexts(input: PublishedTextsInput): ContentProblem[] {
  const { file, files, lockFile, blocks, translationDraft, edition, changes, published } = input;
  const problems: ContentProblem[] = [];
  const addresses = new Set(blocks.map((block) => block.address));
  const recorded = (change: DeclaredChange) => published.changes.some((each) => each.edition === change.edition && each.address === change.address && each.part === change.part);

  changes.forEach((change, index) => {
    const where = `changes[${index}]`;
    if (change.edition > edition.number) {
      problems.push({ file, where, problem: `belongs to edition ${change.edition}, but the article is at edition ${edition.number}`, fix: `make the article's edition ${change.edition} (edition.number and edition.date), or correct the change's edition` });
    } else if (change.edition === edition.number && day(change.date) !== day(edition.date)) {
      problems.push({ file, where, problem: `is dated ${day(change.date)} but its edition ${change.edition} is dated ${day(edition.date)}`, fix: 'a change is dated with the edition that made it' });
    }
    if (!addresses.has(change.address)) problems.push({ file, where, problem: `"${change.address}" is not an address of the article`, fix: 'name the block that changed by its current address' });
  });

  for (const block of blocks) {
    for (const part of ['source', 'translation'] as const) {
      const print = part === 'source' ? published.blocks[block.address] : published.translations[block.address];
      const text = part === 'source' ? block.source : block.translation;
      // Once recorded, a translation stays checked even if it is marked a draft again.
      if (print === undefined || text === undefined) continue;
      const now = fingerprint(text);
      if (now === print) continue;
      const declared = changes.filter((change) => change.address === block.address && change.part === part && !recorded(change));
      const matching = declared.find((change) => fingerprint(change.previous) === print);
      const where = `${block.kind} ${block.address} (line ${part === 'source' ? block.line : (block.translationLine ?? block.line)})`;
      if (matching) {
        problems.push({ file: files[part], where, problem: `the ${partName[part]} change declared for edition ${matching.edition} is not recorded in ${lockFile} yet`, fix: `run \`npm run ids:record\` and commit ${lockFile}`, unrecorded: true });
      } else if (declared.length > 0) {
        problems.push({ file, where: `changes (${block.address}, ${part})`, problem: `the previous wording given is not the ${partName[part]} that was published (${print} in ${lockFile}; the declared wording has ${declared.map((change) => fingerprint(change.previous)).join(', ')})`, fix: 'copy the published wording exactly into previous (from version control, or the page as it was)' });
      } else {
        problems.push({
          file: files[part],
          where,
          problem: `the ${partName[part]} of published block ${block.address} has changed (${print} in ${lockFile}, now ${now}): ${excerpt(text)}`,
          fix: `if the ids were moved, put them back; if the ${partName[part]} was corrected, declare it in ${file}: changes: - { edition: ${edition.number}, date: ${day(edition.date)}, address: ${block.address}, part: ${part}, what: …, why: …, previous: <the published wording> } (raise edition.number for a new edition)`,
        });
      }
    }
  }

  const unrecorded = translationDraft ? [] : blocks.filter((block) => block.translation !== undefined && published.translations[block.address] === undefined).map((block) => block.address);
  if (unrecorded.length > 0) {
    problems.push({
      file: files.translation,
      where: 'translation',
      problem: `the translation of ${unrecorded.length === 1 ? `block ${unrecorded[0]} is` : `${unrecorded.length} blocks (${unrecorded.join(', ')}) are`} published but not recorded in ${lockFile}, so a later change could go unnoticed`,
      fix: `run \`npm run ids:record\` and commit ${lockFile}`,
      unrecorded: true,
    });
  }
  return problems;
}
