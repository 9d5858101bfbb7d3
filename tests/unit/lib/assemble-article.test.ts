import { describe, expect, it } from 'vitest';
import { assembleArticle, type AssembledArticle } from '../../../src/lib/assemble-article.ts';
import { fingerprint } from '../../../src/lib/fingerprint.ts';
import type { PublishedArticle } from '../../../src/lib/published-addresses.ts';
import type { ArticleData } from '../../../src/schemas/article.ts';
import { articleFiles, articleInput, slug, smallArticle, type ArticleFiles } from '../fixtures/article-input.ts';

/** Assembles the files as published: with the record of the article's own addresses, so only real problems remain. */
async function assemble(changes: Partial<ArticleFiles> = {}): Promise<AssembledArticle> {
  const files = { ...smallArticle, ...changes };
  if ('published' in changes) return assembleArticle(await articleInput(files));
  const first = assembleArticle(await articleInput(files));
  return assembleArticle(await articleInput({ ...files, published: first.record }));
}

async function article(changes: Partial<ArticleFiles> = {}): Promise<ArticleData> {
  const { article: assembled, problems } = await assemble(changes);
  expect(problems).toEqual([]);
  if (!assembled) throw new Error('no article');
  return assembled;
}

const blockOf = (data: ArticleData, address: string) => {
  const found = data.blocks.find((each) => each.address === address);
  if (!found) throw new Error(`no block ${address}`);
  return found;
};

const withTranslation = (replace: (markdown: string) => string) => ({ translation: replace(smallArticle.translation) });

describe('assembleArticle', () => {
  it('makes the article with its title, paths, languages and counts', async () => {
    const data = await article();
    expect(data).toMatchObject({
      kind: 'article',
      slug,
      path: `articles/${slug}/`,
      title: { source: 'بوتين في بيونغ يانغ', translation: 'Putin in Pyongyang' },
      published: new Date('2026-11-29T00:00:00Z'),
      edition: { number: 1, date: new Date('2026-11-29T00:00:00Z') },
      source: { lang: 'ar', dir: 'rtl', file: articleFiles.source, lineCount: 4, finalNewline: true },
      translation: { lang: 'en', dir: 'ltr', translator: 'Annotated Translations editors', draft: false, missing: [] },
      paragraphCount: 2,
      noteCount: 4,
    });
  });

  it('gives every block its address, kind, level, line in the received file and label', async () => {
    const data = await article();
    expect(data.blocks.map(({ address, kind, depth, line, label }) => ({ address, kind, depth, line, label }))).toEqual([
      { address: 'p1', kind: 'paragraph', depth: 0, line: 1, label: 'paragraph 1' },
      { address: 'ضربات-الجزاء', kind: 'heading', depth: 2, line: 3, label: 'heading “Penalty kicks”' },
      { address: 'p2', kind: 'paragraph', depth: 0, line: 4, label: 'paragraph 2' },
    ]);
  });

  it('keeps each block’s source text exactly as received', async () => {
    const data = await article();
    expect(data.blocks.map((each) => each.source.text)).toEqual(['قال بوتين في بيونغ يانغ اليوم الخميس إنه يعارض العقوبات.', 'ضربات الجزاء', 'وتأتي محادثات القمة في ظل العقوبات على البلدين.']);
  });

  it('pairs each block with its translation, as HTML with the Arabic isolated and as text', async () => {
    const data = await article();
    expect(blockOf(data, 'p1').translation).toEqual({
      html: 'Putin said in Pyongyang today, Thursday (“<bdi lang="ar">اليوم الخميس</bdi>”), that he opposes the sanctions.',
      text: 'Putin said in Pyongyang today, Thursday (“اليوم الخميس”), that he opposes the sanctions.',
    });
    expect(blockOf(data, 'p2').translation?.html).toBe('The summit comes as both countries are under <em>sanctions</em>.');
    expect(blockOf(data, 'ضربات-الجزاء').translation).toEqual({ html: 'Penalty kicks', text: 'Penalty kicks' });
  });

  it('marks each note’s phrase in the source HTML with a link to the note', async () => {
    const data = await article();
    expect(blockOf(data, 'p1').source.html).toBe(
      'قال <a href="#note-vladimir-putin">بوتين</a> في بيونغ يانغ ' +
        '<a href="#note-p1-thursday">اليوم الخميس</a> إنه يعارض العقوبات.',
    );
    expect(blockOf(data, 'ضربات-الجزاء').source.html).toBe('<a href="#note-penalty-kicks">ضربات الجزاء</a>');
  });

  it('nests the notes under their block in reading order, whatever order their files come in', async () => {
    const data = await article();
    expect(data.blocks.map((each) => each.notes.map((note) => note.id))).toEqual([['vladimir-putin', 'p1-thursday'], ['penalty-kicks'], ['sanctions-on-both']]);
  });

  it('gives each note its address, its phrase’s place in the block, its fields and its body', async () => {
    const [note] = blockOf(await article(), 'ضربات-الجزاء').notes;
    expect(note).toEqual({
      id: 'penalty-kicks',
      address: 'note-penalty-kicks',
      block: 'ضربات-الجزاء',
      start: 0,
      end: 12,
      type: 'error',
      title: '“Penalty kicks” for “penalties”',
      phrase: 'ضربات الجزاء',
      correction: 'العقوبات',
      html: '<p><bdi lang="ar">ضربات الجزاء</bdi> are penalty kicks in football.</p>',
      text: 'ضربات الجزاء are penalty kicks in football.',
      retired: [],
    });
  });

  it('leaves out the correction of a note that has none', async () => {
    const [note] = blockOf(await article(), 'p2').notes;
    expect(note && 'correction' in note).toBe(false);
  });

  it('attaches a retired paragraph id to the block it now lands on', async () => {
    const data = await article({ entry: { ...smallArticle.entry, retiredIds: { p3: 'p2', p0: 'p2' } } });
    expect(blockOf(data, 'p2').retired).toEqual(['p3', 'p0']);
    expect(blockOf(data, 'p1').retired).toEqual([]);
  });

  it('attaches a retired note’s address to the note that replaced it', async () => {
    const data = await article({ entry: { ...smallArticle.entry, retiredNotes: { 'unilateral-sanctions': 'sanctions-on-both' } } });
    expect(blockOf(data, 'p2').notes[0]?.retired).toEqual(['note-unilateral-sanctions']);
    expect(blockOf(data, 'p2').retired).toEqual([]);
  });

  it('attaches a retired note’s address to the block it was retired to', async () => {
    const data = await article({ entry: { ...smallArticle.entry, retiredNotes: { 'kim-jong-un': 'p1' } } });
    expect(blockOf(data, 'p1').retired).toEqual(['note-kim-jong-un']);
  });

  it('labels an untranslated heading of a draft without its source text', async () => {
    const draft = withTranslation((markdown) => markdown.replace('translator:', 'draft: true\ntranslator:').replace('## Penalty kicks\n', ''));
    const data = await article(draft);
    expect(blockOf(data, 'ضربات-الجزاء').label).toBe('a section heading');
    expect(blockOf(data, 'ضربات-الجزاء').translation).toBeNull();
  });

  it('warns about a draft’s untranslated blocks and still makes the article', async () => {
    const draft = withTranslation((markdown) => markdown.replace('translator:', 'draft: true\ntranslator:').replace('The summit comes as both countries are under *sanctions*.\n', ''));
    const { article: data, problems, warnings } = await assemble(draft);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      { file: articleFiles.translation, where: 'draft', problem: '1 of 3 blocks are not translated yet: p2', fix: 'they show "not translated yet", and their translation is not searchable until written' },
    ]);
    expect(data?.translation).toMatchObject({ draft: true, missing: ['p2'] });
    expect(data && blockOf(data, 'p2').translation).toBeNull();
  });

  it('gives no warning for a complete translation', async () => {
    expect((await assemble()).warnings).toEqual([]);
  });

  it('returns the problems and no article when an empty block is not in a draft', async () => {
    const { article: data, problems } = await assemble(withTranslation((markdown) => markdown.replace('The summit comes as both countries are under *sanctions*.\n', '')));
    expect(data).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ file: articleFiles.translation, where: '<!-- p2 -->' })]);
  });

  it('returns only the unrecorded problem, and the record that resolves it, for an article never published', async () => {
    const { article: data, problems, record } = await assemble({ published: undefined });
    expect(data).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ file: articleFiles.entry, where: 'addresses', unrecorded: true }),
      expect.objectContaining({ file: articleFiles.translation, where: 'translation', unrecorded: true }),
    ]);
    expect(record).toEqual({
      blocks: {
        p1: fingerprint('قال بوتين في بيونغ يانغ اليوم الخميس إنه يعارض العقوبات.'),
        'ضربات-الجزاء': fingerprint('ضربات الجزاء'),
        p2: fingerprint('وتأتي محادثات القمة في ظل العقوبات على البلدين.'),
      },
      notes: ['p1-thursday', 'penalty-kicks', 'sanctions-on-both', 'vladimir-putin'],
      // The translation is recorded too: it is not a draft, so it is published with the addresses.
      translations: expect.objectContaining({ p1: expect.stringMatching(/^[0-9a-f]{8}$/), p2: expect.stringMatching(/^[0-9a-f]{8}$/), 'ضربات-الجزاء': expect.stringMatching(/^[0-9a-f]{8}$/) }),
      changes: [],
    });
  });

  it('reports a published address that disappeared, and keeps it in the record', async () => {
    const published: PublishedArticle = { ...(await assemble()).record };
    const { article: data, problems, record } = await assemble({ published, entry: { ...smallArticle.entry, paragraphIds: ['p1', 'p3'] } });
    expect(data).toBeUndefined();
    expect(problems.map((problem) => problem.problem)).toContain(`the published address "p2" (recorded in ${articleFiles.lock}) is missing: links to #p2 would break`);
    expect(Object.keys(record.blocks)).toEqual(expect.arrayContaining(['p1', 'p2', 'p3', 'ضربات-الجزاء']));
  });

  it('reports a note whose block is not an address of the article', async () => {
    const notes = { ...smallArticle.notes, 'p9-extra': '---\nblock: p9\nphrase: العقوبات\ntype: term\ntitle: Sanctions\n---\n\nSanctions.\n' };
    const { article: data, problems } = await assemble({ notes });
    expect(data).toBeUndefined();
    expect(problems).toContainEqual({ file: `content/notes/${slug}/p9-extra.md`, where: 'block', problem: '"p9" is not an address in this article', fix: 'use a paragraph id such as p7 or a heading slug of the article' });
  });

  it('reports a note whose phrase is not in its block, naming the block', async () => {
    const notes = { ...smallArticle.notes, 'p2-missing': '---\nblock: p2\nphrase: العقوبات الدولية\ntype: term\ntitle: Sanctions\n---\n\nSanctions.\n' };
    const { problems } = await assemble({ notes });
    expect(problems).toContainEqual(expect.objectContaining({ file: `content/notes/${slug}/p2-missing.md`, where: 'phrase', problem: expect.stringContaining('does not occur in paragraph p2') }));
  });

  it('reports two notes whose phrases overlap', async () => {
    const notes = { ...smallArticle.notes, 'p2-both': '---\nblock: p2\nphrase: على البلدين\ntype: term\ntitle: Both\n---\n\nBoth.\n' };
    const { article: data, problems } = await assemble({ notes });
    expect(data).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ where: 'phrase', problem: expect.stringContaining('overlaps the phrase of note') })]);
  });

  it('reports a translation out of step with the source and makes no article', async () => {
    const { article: data, problems } = await assemble(withTranslation((markdown) => markdown.replace('## Penalty kicks', 'Penalty kicks')));
    expect(data).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ file: articleFiles.translation, where: 'line 10', problem: 'is a paragraph but source block ضربات-الجزاء is a level-2 heading' })]);
  });

  it('reports a heading whose address is also the address of a note, which would give the page two elements with one id', async () => {
    const files: ArticleFiles = {
      ...smallArticle,
      entry: { ...smallArticle.entry, headings: [3] },
      received: smallArticle.received.replace('ضربات الجزاء', 'Note kcna'),
      translation: smallArticle.translation.replace('<!-- ضربات-الجزاء -->', '<!-- note-kcna -->'),
      notes: { kcna: '---\nblock: p1\nphrase: بيونغ يانغ\ntype: name\nentity: place\ntitle: Pyongyang\n---\n\nThe capital.\n' },
    };
    const { problems } = await assemble(files);
    expect(problems.map((problem) => problem.problem).join('\n')).toContain('note-kcna');
  });
});
