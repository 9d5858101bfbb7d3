// The search bench's printed report: the category table, this site's worst queries, the cost.
import { f1, type Quality, type Score, type Summary } from './metrics.ts';
import type { CostFigures } from './cost.ts';
import type { SearchBenchResult } from './run.ts';

export type Out = (line: string) => void;

const pct = (value: number) => `${(value * 100).toFixed(1)}`.padStart(5);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function printTable(summary: Summary, out: Out): void {
  const head = `${'category'.padEnd(20)} ${'n'.padStart(3)}  ${'site R'.padStart(6)} ${'site P'.padStart(6)}  ${'pf R'.padStart(6)} ${'pf P'.padStart(6)}  verdict`;
  out(head);
  out('-'.repeat(head.length));
  for (const row of [...summary.categories, summary.all]) {
    if (row === summary.all) out('-'.repeat(head.length));
    out(`${row.category.padEnd(20)} ${String(row.n).padStart(3)}  ${pct(row.site.recall).padStart(6)} ${pct(row.site.precision).padStart(6)}  ${pct(row.default.recall).padStart(6)} ${pct(row.default.precision).padStart(6)}  ${row.verdict}`);
  }
  out("(recall R and precision P in %, mean over the category's queries; pf = Pagefind default on the same pages)");
}

interface Judged {
  id: string;
  query: string;
  site: Score & { error: boolean; state: string };
  default: Quality;
}

export function printWorst(results: readonly Judged[], out: Out, count = 12): void {
  const worst = results
    .filter((r) => r.site.error || r.site.recall < 1 || r.site.precision < 1)
    .sort((a, b) => f1(a.site) - f1(b.site) || a.id.localeCompare(b.id))
    .slice(0, count);
  if (worst.length === 0) {
    out('This site answers every query exactly.');
    return;
  }
  out(`Worst queries of this site (${worst.length} shown):`);
  for (const r of worst) {
    out(`  ${r.id} ${JSON.stringify(r.query)}  R ${pct(r.site.recall).trim()} P ${pct(r.site.precision).trim()}  (default R ${pct(r.default.recall).trim()} P ${pct(r.default.precision).trim()})${r.site.error ? `  state=${r.site.state}` : ''}`);
    if (r.site.missing.length) out(`      missing: ${r.site.missing.join(' ')}`);
    if (r.site.extra.length) out(`      extra:   ${r.site.extra.join(' ')}`);
  }
}

export function printCost(cost: NonNullable<SearchBenchResult['cost']>, out: Out): void {
  const line = (label: string, site: string, base: string) => out(`  ${label.padEnd(34)} ${site.padStart(16)}   ${base.padStart(16)}`);
  const get = (figures: CostFigures, show: (c: Exclude<CostFigures, { error: string }>) => string) => ('error' in figures ? 'n/a' : show(figures));
  const bytes = (phase: { transferred: number; requests: number }) => `${kb(phase.transferred)} / ${phase.requests} req`;
  line('', 'this site', 'Pagefind default');
  line('before any search (article page)', get(cost.site, (c) => bytes(c.before)), get(cost.default, (c) => bytes(c.before)));
  line('first query', get(cost.site, (c) => bytes(c.firstQuery)), get(cost.default, (c) => bytes(c.firstQuery)));
  line('second query', get(cost.site, (c) => bytes(c.secondQuery)), get(cost.default, (c) => bytes(c.secondQuery)));
  line('first query to results', get(cost.site, (c) => `${c.firstQuery.ms.toFixed(0)} ms`), get(cost.default, (c) => `${c.firstQuery.ms.toFixed(0)} ms`));
  line(`query to results, median of ${cost.queries.more.length + 1}`, get(cost.site, (c) => `${c.medianMs.toFixed(0)} ms`), get(cost.default, (c) => `${c.medianMs.toFixed(0)} ms`));
  const runs = 'error' in cost.site ? ('error' in cost.default ? 1 : cost.default.runs.length) : cost.site.runs.length;
  out(`  (transferred with brotli; times: median over ${runs} run${runs === 1 ? '' : 's'} in fresh browser contexts; first query ${JSON.stringify(cost.queries.first)}, then ${[cost.queries.second, ...cost.queries.more].map((q) => JSON.stringify(q)).join(', ')} typed)`);
  if ('error' in cost.site) out(`  this site: ${cost.site.error}`);
  else {
    out(`  search code before any search on this site: ${cost.site.before.searchCode.length ? cost.site.before.searchCode.join(', ') : 'none'}`);
    out("  (this site's first query opens /search/?q= after the article page; the default's loads pagefind.js on the article page)");
  }
  if ('error' in cost.default) out(`  Pagefind default: ${cost.default.error}`);
}
