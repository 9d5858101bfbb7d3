import type { AddressedBlock } from '../blocks.ts';
import type { HeadingChoice, NewArticleRequest } from './arguments.ts';
import { headingRule } from './heading-rule.ts';
import { languageName } from '../text-direction.ts';
import { articlePaths } from './plan.ts';
import type { ArticleTitles } from './titles.ts';

export interface ReportInput {
  request: NewArticleRequest;
  /** The content folder and the lock file as messages show them. */
  contentDir: string;
  lockFile: string;
  lineCount: number;
  blocks: readonly AddressedBlock[];
  titles: ArticleTitles;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const how = (choice: HeadingChoice) => (choice.by === 'rule' ? `by the rule (${headingRule})` : choice.by === 'lines' ? 'as named by --headings' : 'none, as --no-headings asks');

/**
 * What the command did (or with --dry-run would do), for the author to check: above all
 * which lines became headings and their addresses, since the rule is a guess.
 */
export function newArticleReport(input: ReportInput, written: boolean): string {
  const { request, contentDir, blocks, titles } = input;
  const headings = blocks.filter((block) => block.kind === 'heading');
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
  const paths = articlePaths(request.slug, request.lang);
  const out: string[] = [];
  out.push(`${written ? 'Started' : 'Would start'} the article "${request.slug}" in ${languageName(request.lang)} from ${request.file}: ${count(input.lineCount, 'line')}, ${count(paragraphs.length, 'paragraph')} (${paragraphs[0]?.address} to ${paragraphs.at(-1)?.address}) and ${count(headings.length, 'heading')}.`);
  out.push(`Headings, ${how(request.headings)}:`);
  if (headings.length === 0) out.push('  none');
  for (const heading of headings) out.push(`  line ${heading.line}: ${heading.text}  →  #${heading.address}`);
  out.push(`  Not right? ${written ? 'Start over (below) and run the command again' : 'Run the command again'} with --headings <lines>, e.g. --headings ${headings.map((heading) => heading.line).join(',') || '9,16'}, or --no-headings.`);
  for (const note of titles.derived) out.push(`Note: ${note}.`);
  out.push(written ? 'Wrote:' : 'Would write:');
  out.push(`  ${contentDir}/${paths.source} (the received text, byte for byte)`);
  out.push(`  ${contentDir}/${paths.entry} (fill in origin: what is known of where the text comes from)`);
  out.push(`  ${contentDir}/${paths.translation} (a draft: translate each block under its address)`);
  if (!written) {
    out.push(`and would record ${count(blocks.length, 'address', 'addresses')} in ${input.lockFile}. Nothing was written (--dry-run).`);
    return out.join('\n');
  }
  out.push(`Recorded ${count(blocks.length, 'address', 'addresses')} in ${input.lockFile}.`);
  out.push(`To start over before publishing: delete those three files and the "${request.slug}" entry of ${input.lockFile}.`);
  return out.join('\n');
}

/**
 * The content loader's own message out of `astro sync`'s output (from "The content has"
 * to Astro's stack trace), or the output's end when the failure is of another kind.
 */
export function syncFailure(output: string): string {
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const start = plain.indexOf('The content has');
  if (start === -1) return plain.trimEnd().split('\n').slice(-20).join('\n');
  const end = plain.indexOf('\n  Location:', start);
  return plain.slice(start, end === -1 ? undefined : end).trimEnd();
}
