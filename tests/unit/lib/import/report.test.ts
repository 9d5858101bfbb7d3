import { describe, expect, it } from 'vitest';
import type { AddressedBlock } from '../../../../src/lib/blocks.ts';
import type { NewArticleRequest } from '../../../../src/lib/import/arguments.ts';
import { headingRule } from '../../../../src/lib/import/heading-rule.ts';
import { newArticleReport, syncFailure, type ReportInput } from '../../../../src/lib/import/report.ts';

const block = (address: string, kind: 'heading' | 'paragraph', text: string, line: number): AddressedBlock => ({ address, kind, depth: kind === 'heading' ? 2 : 0, slug: undefined, text, line, children: [] });
const request: NewArticleRequest = {
  file: 'treaty.txt',
  slug: 'treaty-copy',
  lang: 'ar',
  titleSource: 'معاهدة',
  titleEn: undefined,
  description: undefined,
  translator: 'Test',
  published: '2026-12-01',
  headings: { by: 'rule' },
  dryRun: false,
};
const input: ReportInput = {
  request,
  contentDir: 'content',
  lockFile: 'content/published-addresses.json',
  lineCount: 4,
  blocks: [block('p1', 'paragraph', 'قالت وسائل الإعلام.', 1), block('ضربات-الجزاء', 'heading', 'ضربات الجزاء', 2), block('p2', 'paragraph', 'وأكد الرئيس.', 4)],
  titles: { source: 'معاهدة', english: 'Treaty copy', derived: ['the English title is a working title made from the slug: Treaty copy'] },
};

describe('newArticleReport', () => {
  it('lists each heading with its line and address, and the rule that chose it', () => {
    const report = newArticleReport(input, true);
    expect(report).toContain('Started the article "treaty-copy" in Arabic from treaty.txt: 4 lines, 2 paragraphs (p1 to p2) and 1 heading.');
    expect(report).toContain(`Headings, by the rule (${headingRule}):\n  line 2: ضربات الجزاء  →  #ضربات-الجزاء\n`);
    expect(report).toContain('with --headings <lines>, e.g. --headings 2, or --no-headings.');
  });

  it('says where a title came from when the author gave none', () => {
    expect(newArticleReport(input, true)).toContain('Note: the English title is a working title made from the slug: Treaty copy.');
  });

  it('names the files written, the addresses recorded and how to start over', () => {
    const report = newArticleReport(input, true);
    expect(report).toContain('Wrote:\n  content/sources/treaty-copy.ar.txt (the received text, byte for byte)\n  content/articles/treaty-copy.yml (fill in origin');
    expect(report).toContain('Recorded 3 addresses in content/published-addresses.json.');
    expect(report).toContain('To start over before publishing: delete those three files and the "treaty-copy" entry of content/published-addresses.json.');
  });

  it('says that a dry run wrote nothing', () => {
    const report = newArticleReport({ ...input, request: { ...request, headings: { by: 'none' }, dryRun: true } }, false);
    expect(report).toContain('Would start the article');
    expect(report).toContain('Headings, none, as --no-headings asks:');
    expect(report.endsWith('and would record 3 addresses in content/published-addresses.json. Nothing was written (--dry-run).')).toBe(true);
  });
});

describe('syncFailure', () => {
  it("keeps the content loader's message and drops Astro's stack trace", () => {
    const output = [
      '10:19:40 [content] Syncing content',
      '\u001b[31mThe content has a problem:\u001b[39m',
      '  content/articles/treaty-copy.yml → heading main: would have the id "main", which the page itself already has',
      '    Fix: give one of them another address',
      '  Location:',
      '    /work/main/src/loaders/articles.ts:80:26',
    ].join('\n');
    expect(syncFailure(output)).toBe('The content has a problem:\n  content/articles/treaty-copy.yml → heading main: would have the id "main", which the page itself already has\n    Fix: give one of them another address');
  });

  it('keeps the end of the output when the failure is not a content problem', () => {
    expect(syncFailure('line 1\nError: Cannot find module astro\n')).toBe('line 1\nError: Cannot find module astro');
  });
});
