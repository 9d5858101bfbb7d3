// `npm run new-article -- <file.txt> --slug <slug> --lang <code> …`: starts an article from a
// received text. The decisions are pure (src/lib/import/); this file reads and writes, asks
// the site's own Markdown processor for the headings' addresses, and has the content loader
// check and record the new article (`RECORD_IDS=1 astro sync`), undoing everything if it fails.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { formatProblem, type ContentProblem } from '../lib/content-error.ts';
import { documentItemsKey, type DocumentItem } from '../lib/document-items.ts';
import { parseNewArticleArguments, usage } from '../lib/import/arguments.ts';
import { chooseHeadings, headingRule } from '../lib/import/heading-rule.ts';
import { planArticle, type PlannedFile } from '../lib/import/plan.ts';
import { checkRecorded } from '../lib/import/recorded.ts';
import { newArticleReport, syncFailure } from '../lib/import/report.ts';
import { slugInUse } from '../lib/import/slug-in-use.ts';
import { createSiteRenderer } from '../markdown/processor.ts';
import { articleTitles } from '../lib/import/titles.ts';
import { unreadableFile } from '../lib/import/unreadable-file.ts';
import { readReceivedText, sourceMarkdown } from '../lib/source-text.ts';
import { listContent, shown } from '../loaders/content-folder.ts';
import { readLockFile, writeLockFile } from '../loaders/lock-file.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Bad input: one message, and nothing written. */
class Refusal extends Error {
  constructor(problems: ContentProblem | readonly ContentProblem[]) {
    super([problems].flat().map(formatProblem).join('\n'));
  }
}
const refuse = (problems: ContentProblem | readonly ContentProblem[] | undefined) => {
  if (problems && [problems].flat().length > 0) throw new Refusal(problems);
};

/** Today as YYYY-MM-DD, in the author's own time zone. */
const today = (now = new Date()) => [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');

let renderer: ReturnType<typeof createSiteRenderer> | undefined;
/** The Markdown renderer the content loader gets: the site's processor, configured once in src/markdown/processor.ts. */
const siteRenderer = () => (renderer ??= createSiteRenderer());

async function readReceived(file: string) {
  const path = resolve(process.env['INIT_CWD'] ?? process.cwd(), file);
  try {
    return await readFile(path);
  } catch (error) {
    throw new Refusal(unreadableFile(file, path, (error as NodeJS.ErrnoException).code));
  }
}

/** Writes the planned files, never over an existing one; returns how to undo it. */
async function writePlan(contentDir: string, files: readonly PlannedFile[], undo: (() => Promise<void>)[]) {
  for (const file of files) {
    const path = join(contentDir, file.path);
    const created = await mkdir(dirname(path), { recursive: true });
    if (created) undo.push(() => rm(created, { recursive: true, force: true }));
    await writeFile(path, file.contents, { flag: 'wx' });
    undo.push(() => rm(path, { force: true }));
  }
}

/** The content loader in recording mode: checks the whole content folder with the new article and records its addresses. */
function recordWithLoader(contentDir: string): Promise<{ code: number | null; output: string }> {
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  return new Promise((done) => {
    const child = spawn(process.execPath, [astro, 'sync'], { cwd: root, env: { ...process.env, CONTENT_DIR: contentDir, RECORD_IDS: '1', NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code, output }));
  });
}

async function main(args: readonly string[]): Promise<number> {
  const parsed = parseNewArticleArguments(args, today());
  if (parsed.kind === 'help') {
    console.log(`${usage}\n\nA heading is ${headingRule}, unless --headings or --no-headings says otherwise.`);
    return 0;
  }
  if (parsed.kind === 'problem') throw new Refusal(parsed.problem);
  const { request } = parsed;
  const contentDir = resolve(process.env['CONTENT_DIR'] ?? join(root, 'content'));
  const lockPath = join(contentDir, 'published-addresses.json');

  const bytes = await readReceived(request.file);
  const received = readReceivedText(request.file, bytes);
  refuse(received.problems);
  if (!received.text) throw new Error('the received text was neither read nor refused');
  const { lock, problems: lockProblems } = await readLockFile(lockPath);
  refuse(lockProblems);
  refuse(slugInUse(request.slug, await listContent(contentDir, lockPath, Object.keys(lock))));
  const headings = chooseHeadings(request.file, received.text.lines, request.headings);
  if (headings.problem) throw new Refusal(headings.problem);
  const titles = articleTitles(request, received.text.lines, headings.headings);
  if (titles.problem) throw new Refusal(titles.problem);

  const { frontmatter, content } = parseFrontmatter(sourceMarkdown(received.text, new Set(headings.headings), request.lang));
  const rendered = await (await siteRenderer()).render(content, { frontmatter });
  const items: unknown = rendered.metadata.frontmatter[documentItemsKey];
  if (!Array.isArray(items)) throw new Error('the Markdown processor reported no document items (src/markdown/rehype-document-items.ts)');
  const planned = planArticle({ request, contentDir: shown(contentDir), bytes, received: received.text, headings: headings.headings, titles: titles.titles, items: items as DocumentItem[] });
  if (planned.problems) throw new Refusal(planned.problems);
  const { plan } = planned;
  const report = { request, contentDir: shown(contentDir), lockFile: shown(lockPath), lineCount: received.text.lineCount, blocks: plan.blocks, titles: titles.titles };
  if (request.dryRun) {
    console.log(newArticleReport(report, false));
    return 0;
  }

  const previousLock = await readFile(lockPath).catch(() => undefined);
  const undo: (() => Promise<void>)[] = [];
  // Once only: an interrupt (Ctrl+C) and the failed step it causes both ask for it.
  let rolledBack: Promise<void> | undefined;
  const rollBack = () =>
    (rolledBack ??= (async () => {
      for (const step of undo.toReversed()) await step();
      if (previousLock) await writeFile(lockPath, previousLock);
      else await rm(lockPath, { force: true });
    })());
  const interrupted = () => void rollBack().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  try {
    await writePlan(contentDir, plan.files, undo);
    console.log(`Checking the new article and recording its addresses with the site's content loader (astro sync)…`);
    const sync = await recordWithLoader(contentDir);
    if (sync.code !== 0) {
      await rollBack();
      console.error(`${syncFailure(sync.output)}\n\nThe site refused the new article. Nothing was written: the files the command wrote are removed, and ${shown(lockPath)} is as it was.`);
      return 1;
    }
    const recorded = await readLockFile(lockPath);
    const mismatch = recorded.problems[0] ?? checkRecorded(request.slug, shown(lockPath), plan.blocks, recorded.lock[request.slug]);
    if (mismatch) throw new Refusal(mismatch);
    // Recording mode records every article with new addresses; this command adds its own only.
    const record = recorded.lock[request.slug];
    if (record) await writeLockFile(lockPath, lock, new Map([[request.slug, record]]));
  } catch (error) {
    await rollBack();
    throw error;
  } finally {
    process.off('SIGINT', interrupted);
  }
  console.log(newArticleReport(report, true));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof Refusal) console.error(`${error.message}\n\nNothing was written.`);
    else console.error(error);
    process.exit(1);
  },
);
