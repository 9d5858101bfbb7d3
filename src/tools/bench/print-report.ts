// The whole printed report, in the order the bench runs.
import { printGoals } from './print-goals.ts';
import { printScale } from './print-scale.ts';
import { printBuild, printLighthouse, printPages, printSearch } from './print-site.ts';
import type { Say } from './format.ts';
import type { BenchReport } from './report.ts';

export function printReport(say: Say, report: BenchReport): void {
  const { cpus, node, chromium, loadAverageAtStart: start, loadAverageAtEnd: end = start } = report.machine;
  say(`\n## Benchmark: ${report.article} (${cpus} cores, Node ${node}, ${chromium ?? 'Chromium'})`);
  const busy = Math.max(start, end) > cpus ? ` (above ${cpus} cores: other work was running, so times and Lighthouse TBT are inflated)` : '';
  say(`Load average ${start.toFixed(1)} at the start, ${end.toFixed(1)} at the end${busy}.`);
  if (report.build) printBuild(say, report.build);
  if (report.pages) printPages(say, report.pages, report.bare);
  if (report.lighthouse) printLighthouse(say, report.lighthouse);
  if (report.search) printSearch(say, report.search);
  if (report.scale) {
    printScale(say, report.scale.runs);
    printGoals(say, report.scale.runs);
  }
  if (report.error) say(`\nThe bench stopped early: ${report.error}`);
  const phases = Object.entries(report.phasesMs).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(0)} s`);
  say(`\nBench took ${((report.totalMs ?? 0) / 60_000).toFixed(1)} min (${phases.join(', ')}).`);
}
