// The printed report: compact Markdown tables, one per part of the bench.
import { KINDS } from './page-weight.mjs';

export const kb = (bytes) => (bytes == null ? '–' : bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`);
const sec = (ms) => (ms == null ? '–' : `${(ms / 1000).toFixed(1)} s`);
const msf = (ms) => (ms == null ? '–' : `${Math.round(ms)} ms`);
const pct = (value) => (typeof value === 'number' ? `${(value * 100).toFixed(1)}%` : '–');
const ratio = (a, b) => (a == null || !b ? '–' : `${(a / b).toFixed(1)}×`);

function table(out, head, rows) {
  out(`| ${head.join(' | ')} |`);
  out(`|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  for (const row of rows) out(`| ${row.join(' | ')} |`);
}

export function printBuild(out, build) {
  out('\n### Build (full builds, fresh Astro cache each)');
  table(out, ['builds', 'median', 'min', 'max', 'output bytes', 'files', 'pagefind/'], [
    [String(build.runs.length), sec(build.medianMs), sec(Math.min(...build.runs)), sec(Math.max(...build.runs)), `${build.dist.bytes.toLocaleString('en')} (${kb(build.dist.bytes)})`, String(build.dist.files), `${kb(build.pagefind.bytes)} / ${build.pagefind.files} files`],
  ]);
}

export function printPages(out, pages, bare) {
  out('\n### Page weight (CDP network events, cache disabled, until 1.5 s without requests)');
  out('Per type: transferred / decoded. JS run = script responses + inline scripts (decoded bytes).');
  const cell = (bucket) => (bucket.requests ? `${kb(bucket.transferred)} / ${kb(bucket.decoded)}` : '–');
  const rows = [...pages, ...(bare ? [bare] : [])].map((p) =>
    p.error
      ? [p.name, p.error, '', '', '', '', '', '', '', '']
      : [p.name, String(p.requests), kb(p.transferred), kb(p.decoded), ...KINDS.map((k) => cell(p.byKind[k])), kb(p.js.total)],
  );
  table(out, ['page', 'req', 'transferred', 'decoded', ...KINDS, 'JS run'], rows);
  const article = pages.find((p) => p.name === 'article');
  if (bare && article && !article.error && !bare.error) {
    out(
      `Article vs bare page: ${ratio(article.transferred, bare.transferred)} transferred, ${ratio(article.decoded, bare.decoded)} decoded, ${article.requests} vs ${bare.requests} requests, ${kb(article.js.total)} vs ${kb(bare.js.total)} JS run.`,
    );
  }
  for (const p of [...pages, ...(bare ? [bare] : [])]) {
    if (p.error) continue;
    const top = p.resources.slice(0, 3).map((r) => `${r.url} ${kb(r.transferred)}`).join(', ');
    out(`- ${p.name} heaviest: ${top}${p.failed.length ? `; FAILED: ${p.failed.map((f) => `${f.url} ${f.status || f.error}`).join(', ')}` : ''}${p.timedOut ? '; did not settle within 30 s' : ''}`);
  }
}

export function printLighthouse(out, lighthouse) {
  out(`\n### Lighthouse 12.2.3 (median of ${lighthouse.runs} run${lighthouse.runs === 1 ? '' : 's'} each)`);
  table(
    out,
    ['page', 'preset', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS'],
    lighthouse.results.map((r) =>
      r.error
        ? [r.page, r.preset, r.error, '', '', '', '', '', '']
        : [r.page, r.preset, r.scores.performance, r.scores.accessibility, r.scores['best-practices'], r.scores.seo, msf(r.lcpMs), msf(r.tbtMs), r.cls == null ? '–' : r.cls.toFixed(3)].map(String),
    ),
  );
  const weak = new Map();
  for (const r of lighthouse.results) for (const a of r.weak ?? []) weak.set(`${r.page} ${a.id}`, `${r.page}: ${a.id}${a.value ? ` (${a.value})` : ''}`);
  if (weak.size) out(`Audits below 0.9: ${[...weak.values()].join('; ')}`);
  const errored = new Set(lighthouse.results.flatMap((r) => (r.errored ?? []).map((a) => a.id)));
  if (errored.size) out(`Audits that could not run with this Chromium: ${[...errored].join(', ')}`);
}

export function printSearch(out, search) {
  out('\n### Search (from src/tools/bench-search.mjs)');
  if (!search.ok) {
    out(`Search bench failed: ${search.error} (log: ${search.log})`);
    return;
  }
  const { site, pagefindDefault: base, quality } = search.figures;
  const get = (c, f) => (c && !c.error ? f(c) : c?.error ? 'error' : '–');
  table(out, ['', 'this site', 'Pagefind default', 'bare page'], [
    [`first query (${site.firstQuery?.query ?? '?'}) bytes`, get(site, (c) => `${kb(c.firstQuery.bytes)} / ${c.firstQuery.requests} req`), get(base, (c) => `${kb(c.firstQuery.bytes)} / ${c.firstQuery.requests} req`), 'no search'],
    [`second query (${site.secondQuery?.query ?? '?'}) bytes`, get(site, (c) => `${kb(c.secondQuery.bytes)} / ${c.secondQuery.requests} req`), get(base, (c) => `${kb(c.secondQuery.bytes)} / ${c.secondQuery.requests} req`), 'no search'],
    ['first query to results', get(site, (c) => msf(c.firstQuery.ms)), get(base, (c) => msf(c.firstQuery.ms)), 'no search'],
    ['second query to results', get(site, (c) => msf(c.secondQuery.ms)), get(base, (c) => msf(c.secondQuery.ms)), 'no search'],
    ['typed query to results, median', get(site, (c) => msf(c.medianQueryMs)), get(base, (c) => msf(c.medianQueryMs)), 'no search'],
    ...(quality ? [[`recall / precision (${quality.queries} queries)`, `${pct(quality.recall)} / ${pct(quality.precision)}`, `${pct(quality.defaultRecall)} / ${pct(quality.defaultPrecision)}`, 'no search']] : []),
  ]);
  out('(this site\'s first query includes opening /search/ from the article\'s header field)');
  if (search.figures.notAhead.length) out(`Categories where the site is behind Pagefind default: ${search.figures.notAhead.join(', ')}`);
}

export function printScale(out, scale) {
  out('\n### Scale (synthetic articles, one full build each)');
  const weight = (r, name) => {
    const page = Object.entries(r.pages ?? {}).find(([key]) => key.startsWith(name))?.[1];
    return !page ? '–' : page.error ? 'error' : `${kb(page.transferred)} / ${page.requests} req`;
  };
  const rows = scale.runs.map((r) =>
    r.error
      ? [String(r.n), r.error, '', '', '', '', '', '', '', '']
      : [
          String(r.n),
          sec(r.ms),
          kb(r.dist.bytes),
          String(r.dist.files),
          kb(r.pagefind.bytes),
          r.perArticle ? msf(r.perArticle.ms) : '–',
          r.perArticle ? kb(r.perArticle.distBytes) : '–',
          r.perArticle ? kb(r.perArticle.pagefindBytes) : '–',
          weight(r, 'home'),
          weight(r, 'search'),
        ],
  );
  table(out, ['N', 'build', 'output', 'files', 'pagefind/', 'ms / art.', 'output / art.', 'pagefind / art.', 'home', 'search'], rows);
  const searchName = Object.keys(scale.runs.find((r) => r.pages)?.pages ?? {}).find((key) => key.startsWith('search'));
  out(`(per article = difference from the smallest N, divided by the extra articles; home and ${searchName ?? 'search'}: transferred, cache disabled)`);
  const largest = scale.runs.filter((r) => r.pages?.[searchName]?.byFolder).at(-1);
  if (largest) {
    const folders = Object.entries(largest.pages[searchName].byFolder)
      .sort((a, b) => b[1].transferred - a[1].transferred)
      .slice(0, 4)
      .map(([folder, g]) => `${folder} ${g.requests} req ${kb(g.transferred)}`);
    out(`Search at N=${largest.n} by folder: ${folders.join(', ')}`);
  }
}
