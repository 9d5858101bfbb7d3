import type { ContentProblem } from './content-error';
import { excerpt, type AddressedBlock } from './blocks';
import { fingerprint } from './fingerprint';

/** Published addresses of one article: id → fingerprint of the text it was published with. */
export type PublishedIds = Readonly<Record<string, string>>;

interface StableAddressInput {
  /** The article's content file, for messages. */
  file: string;
  /** The file that records published ids, for messages. */
  lockFile: string;
  slug: string;
  blocks: readonly AddressedBlock[];
  /** Retired ids and the current id each now points to. */
  retired: Readonly<Record<string, string>>;
  /** What was published before; undefined for an article never published. */
  published: PublishedIds | undefined;
}

/**
 * Checks that no published address breaks: every id ever published still exists (or is
 * retired to an existing one), still holds the text it was published with, and every
 * current id is recorded, so the next edit is checked against it too.
 */
export function checkStableAddresses(input: StableAddressInput): ContentProblem[] {
  const { file, lockFile, slug, blocks, retired, published = {} } = input;
  const problems: ContentProblem[] = [];
  const current = new Map(blocks.map((block) => [block.id, block]));

  for (const [oldId, target] of Object.entries(retired)) {
    if (current.has(oldId)) {
      problems.push({
        file,
        where: `retiredIds.${oldId}`,
        problem: `"${oldId}" is retired but is still the address of a block`,
        fix: `remove it from retiredIds, or give that block a new id`,
      });
    } else if (!current.has(target)) {
      problems.push({
        file,
        where: `retiredIds.${oldId}`,
        problem: `points to "${target}", which is not an address in this article`,
        fix: 'point a retired id at a current paragraph id or heading slug',
      });
    }
  }

  for (const [id, publishedPrint] of Object.entries(published)) {
    const block = current.get(id);
    if (!block) {
      if (!Object.hasOwn(retired, id)) {
        problems.push({
          file,
          where: 'paragraphIds',
          problem: `the published address "${id}" (recorded in ${lockFile}) is missing: links to #${id} would break`,
          fix: `keep "${id}" on its paragraph, or retire it by declaring where it now points: retiredIds: { ${id}: <current id> }`,
        });
      }
      continue;
    }
    const currentPrint = fingerprint(block.text);
    if (currentPrint !== publishedPrint) {
      problems.push({
        file,
        where: `paragraph ${id} (line ${block.line})`,
        problem: `"${id}" now holds different text from when it was published (${publishedPrint} in ${lockFile}, now ${currentPrint}): ${excerpt(block.text)}`,
        fix: `if ids were moved, put "${id}" back on its own paragraph; if this paragraph itself was corrected, record "${id}": "${currentPrint}" under "${slug}" in ${lockFile}`,
      });
    }
  }

  const unrecorded = blocks.filter((block) => !Object.hasOwn(published, block.id));
  if (unrecorded.length > 0) {
    problems.push({
      file,
      where: unrecorded.length === 1 ? `${unrecorded[0]?.kind} ${unrecorded[0]?.id} (line ${unrecorded[0]?.line})` : 'paragraphIds',
      problem: `${unrecorded.length === 1 ? 'the address' : `${unrecorded.length} addresses`} ${unrecorded.map((block) => `"${block.id}"`).join(', ')} ${unrecorded.length === 1 ? 'is' : 'are'} not recorded in ${lockFile}`,
      fix: `record them so they can never silently disappear: run \`npm run ids:record\` and commit ${lockFile}`,
    });
  }
  return problems;
}

/** The record of an article's current addresses, in the lock file's shape. */
export function recordAddresses(blocks: readonly AddressedBlock[]): Record<string, string> {
  return Object.fromEntries(blocks.map((block) => [block.id, fingerprint(block.text)]));
}
