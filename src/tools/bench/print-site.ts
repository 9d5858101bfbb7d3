// The printed report of the real site: builds, page weights, Lighthouse, search.
import { resourceKinds } from '../browser/requests.ts';
import { count, kb, msf, pct, ratio, sec, table, weight, type Say } from './format.ts';
import type { BenchReport } from './report.ts';
import type { MeasuredPage } from './site-pages.ts';

export function printBuild(say: Say, build: NonNullable<BenchReport['build']>): void {
  say('\n### Build (full builds, fresh Astro cache each)');
  table(say, ['builds', 'median', 'min', 'max', 'output', 'files', 'pagefind/'], [
    [String(build.runs.length), sec(build.medianMs), sec(Math.min(...build.runs)), sec(Math.max(...build.runs)), `${count(build.dist.bytes)} B (${kb(build.dist.bytes)})`, count(build.dist.files), `${kb(build.pagefind.bytes)} / ${build.pagefind.files} files`],
  ]);
  say(`Where the last build's time went: ${build.phases.map((phase) => `${phase.name} ${msf(phase.ms)}${phase.detail ? ` (${phase.detail})` : ''}`).join('; ')}.`);
}

export function printPages(say: Say, pages: readonly MeasuredPage[], bare: MeasuredPage | undefined): void {
  say('\n### Page weight (first visit, empty cache, until 1.5 s without requests)');
  say('Transferred with gzip (static hosts often serve only gzip), brotli beside; per type: transferred / decoded. JS run = script responses + inline scripts (decoded).');
  const all = [...pages, ...(bare ? [bare] : [])];
  table(
    say,
    ['page', 'req', 'gzip', 'brotli', 'decoded', ...resourceKinds, 'JS run'],
    all.map((p) =>
      'error' in p
        ? [p.name, p.error, ...Array<string>(resourceKinds.length + 4).fill('')]
        : [p.name, String(p.requests), kb(p.transferred), kb(p.transferredBrotli), kb(p.decoded), ...resourceKinds.map((kind) => (p.byKind[kind].requests ? `${kb(p.byKind[kind].transferred)} / ${kb(p.byKind[kind].decoded)}` : '–')), kb(p.js.total)],
    ),
  );
  const article = pages.find((p) => p.name === 'article');
  if (article && bare && !('error' in article) && !('error' in bare)) {
    say(`Article vs bare page: ${ratio(article.transferred, bare.transferred)} transferred, ${ratio(article.decoded, bare.decoded)} decoded, ${article.requests} vs ${bare.requests} requests, ${kb(article.js.total)} vs ${kb(bare.js.total)} JS run.`);
  }
  for (const p of all) {
    if ('error' in p) continue;
    const top = p.resources.slice(0, 3).map((r) => `${r.path} ${kb(r.transferred)}`).join(', ');
    const failed = p.failed.length ? `; FAILED: ${p.failed.map((f) => `${f.path} ${f.status ?? f.failure ?? ''}`).join(', ')}` : '';
    say(`- ${p.name} heaviest: ${top}${failed}${p.timedOut ? '; did not settle within 30 s' : ''}`);
  }
}

export function printLighthouse(say: Say, lighthouse: NonNullable<BenchReport['lighthouse']>): void {
  say(`\n### Lighthouse 12.2.3 (median of ${lighthouse.runs} run${lighthouse.runs === 1 ? '' : 's'} each)`);
  table(
    say,
    ['page', 'preset', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS'],
    lighthouse.results.map((r) =>
      'error' in r
        ? [r.page, r.preset, r.error, '', '', '', '', '', '']
        : [r.page, r.preset, String(r.scores.performance), String(r.scores.accessibility), String(r.scores['best-practices']), String(r.scores.seo), msf(r.lcpMs), msf(r.tbtMs), r.cls === undefined ? '–' : r.cls.toFixed(3)],
    ),
  );
  const weak = new Set(lighthouse.results.flatMap((r) => ('error' in r ? [] : r.weak.map((a) => `${r.page}: ${a.id}${a.value ? ` (${a.value})` : ''}`))));
  if (weak.size) say(`Audits below 0.9: ${[...weak].join('; ')}`);
  const errored = new Set(lighthouse.results.flatMap((r) => ('error' in r ? [] : r.errored.map((a) => a.id))));
  if (errored.size) say(`Audits that could not run with this Chromium: ${[...errored].join(', ')}`);
}

export function printSearch(say: Say, search: NonNullable<BenchReport['search']>): void {
  say('\n### Search (src/tools/bench-search.ts on the real article; brotli)');
  if (!search.ok) {
    say(`Search bench failed: ${search.error} (log: ${search.log})`);
    return;
  }
  const { site, pagefindDefault: base, quality } = search.figures;
  const get = <T,>(figures: T | { error: string }, show: (f: T) => string) => (typeof figures === 'object' && figures !== null && 'error' in figures ? 'error' : show(figures));
  const name = 'error' in site ? undefined : site;
  table(say, ['', 'this site', 'Pagefind default'], [
    [`first query (${name?.firstQuery.query ?? '?'})`, get(site, (c) => weight(c.firstQuery)), get(base, (c) => weight(c.firstQuery))],
    [`second query (${name?.secondQuery.query ?? '?'})`, get(site, (c) => weight(c.secondQuery)), get(base, (c) => weight(c.secondQuery))],
    ['first query to results', get(site, (c) => msf(c.firstQuery.ms)), get(base, (c) => msf(c.firstQuery.ms))],
    ['second query to results', get(site, (c) => msf(c.secondQuery.ms)), get(base, (c) => msf(c.secondQuery.ms))],
    ['typed query to results, median', get(site, (c) => msf(c.medianQueryMs)), get(base, (c) => msf(c.medianQueryMs))],
    [`recall / precision (${quality.queries} queries)`, `${pct(quality.recall)} / ${pct(quality.precision)}`, `${pct(quality.defaultRecall)} / ${pct(quality.defaultPrecision)}`],
  ]);
  say(`(this site's first query opens /search/?q= after the article page; details in ${search.json} and ${search.log})`);
  if (search.figures.notAhead.length) say(`Categories where the site is behind Pagefind default: ${search.figures.notAhead.join(', ')}`);
}
