import { Document } from 'yaml';

export interface DraftTranslationFields {
  /** The title in English. */
  title: string;
  translator: string;
  /** Every source block's address, in order. */
  addresses: readonly string[];
}

// Comments in the body would be read as address markers (and refused when they name no
// address), so the instructions go in the frontmatter, where YAML comments are free.
const instructions = [
  ' A draft: write each block under its address comment, on the empty line below it; a',
  ' heading\'s translation starts with "## ". Until then a block shows "Not translated yet."',
  ' Remove draft: true once every block is translated.',
].join('\n');

/**
 * The text of `content/translations/<slug>.en.md` for a new article: marked as a draft,
 * with one empty block under each source block's address (`<!-- p1 -->` …), in order.
 */
export function draftTranslationText(fields: DraftTranslationFields): string {
  const frontmatter = new Document({ title: fields.title, translator: fields.translator, draft: true });
  frontmatter.commentBefore = instructions;
  const blocks = fields.addresses.map((address) => `<!-- ${address} -->\n`).join('\n');
  return `---\n${frontmatter.toString({ lineWidth: 100 })}---\n\n${blocks}`;
}
