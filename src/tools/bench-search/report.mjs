// The printed report: the category table, the worst queries of this site, the cost figures.
import { f1 } from './metrics.mjs';

const pct = (value) => `${(value * 100).toFixed(1)}`.padStart(5);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function printTable(summary, out = console.log) {
  const head = `${'category'.padEnd(20)} ${'n'.padStart(3)}  ${'site R'.padStart(6)} ${'site P'.padStart(6)}  ${'pf R'.padStart(6)} ${'pf P'.padStart(6)}  verdict`;
  out(head);
  out('-'.repeat(head.length));
  for (const row of [...summary.categories, summary.all]) {
    if (row === summary.all) out('-'.repeat(head.length));
    out(
      `${row.category.padEnd(20)} ${String(row.n).padStart(3)}  ${pct(row.site.recall).padStart(6)} ${pct(row.site.precision).padStart(6)}  ${pct(row.default.recall).padStart(6)} ${pct(row.default.precision).padStart(6)}  ${row.verdict}`,
    );
  }
  out('(recall R and precision P in %, mean over the category\'s queries; pf = Pagefind default on the same pages)');
}

export function printWorst(results, count = 12, out = console.log) {
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

export function printCost(cost, out = console.log) {
  const line = (label, site, base) => out(`  ${label.padEnd(34)} ${String(site).padStart(16)}   ${String(base).padStart(16)}`);
  out(`  ${''.padEnd(34)} ${'this site'.padStart(16)}   ${'Pagefind default'.padStart(16)}`);
  const s = cost.site;
  const d = cost.default;
  const get = (c, f) => (c && !c.error ? f(c) : 'n/a');
  line('before any search (article page)', get(s, (c) => `${kb(c.before.bytes)} / ${c.before.requests} req`), get(d, (c) => `${kb(c.before.bytes)} / ${c.before.requests} req`));
  line('first query', get(s, (c) => `${kb(c.firstQuery.bytes)} / ${c.firstQuery.requests} req`), get(d, (c) => `${kb(c.firstQuery.bytes)} / ${c.firstQuery.requests} req`));
  line('second query', get(s, (c) => `${kb(c.secondQuery.bytes)} / ${c.secondQuery.requests} req`), get(d, (c) => `${kb(c.secondQuery.bytes)} / ${c.secondQuery.requests} req`));
  line('first query to results', get(s, (c) => `${c.firstQuery.ms.toFixed(0)} ms`), get(d, (c) => `${c.firstQuery.ms.toFixed(0)} ms`));
  line('query to results, median of 5', get(s, (c) => `${c.medianMs.toFixed(0)} ms`), get(d, (c) => `${c.medianMs.toFixed(0)} ms`));
  const runs = s?.runs?.length ?? d?.runs?.length ?? 1;
  out(`  (times: median over ${runs} run${runs === 1 ? '' : 's'} in fresh browser contexts; first query ${JSON.stringify(cost.queries.first)}, then ${[cost.queries.second, ...cost.queries.more].map((q) => JSON.stringify(q)).join(', ')} typed)`);
  if (s && !s.error) {
    out(`  search code before any search on this site: ${s.before.searchCode.length ? s.before.searchCode.join(', ') : 'none'}`);
    out(`  (this site's first query includes navigating to /search/; the default's is pagefind.js loading on the article page)`);
  }
  if (s?.error) out(`  this site: ${s.error}`);
  if (d?.error) out(`  Pagefind default: ${d.error}`);
}
