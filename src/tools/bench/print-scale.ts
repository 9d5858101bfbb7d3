// The printed report of the scale runs: build and output per N, where the build's time goes,
// and the pages and searches that grow with N.
import { count, kb, msf, sec, table, weight, type Say } from './format.ts';
import type { FailedScaleRun, ScaleRun } from './scale.ts';
import { pageNames } from './scale-pages.ts';
import { rareWord } from './rare-word.ts';

const ok = (runs: readonly (ScaleRun | FailedScaleRun)[]) => runs.filter((run): run is ScaleRun => !('error' in run));

export function printScale(say: Say, runs: readonly (ScaleRun | FailedScaleRun)[]): void {
  say('\n### Scale: build and output (synthetic articles, one full build each)');
  table(
    say,
    ['N', 'blocks / notes', 'build', 'ms / art.', 'ms / art. from N before', 'output', 'files', 'output / art.', 'files / art.', 'pagefind/ / art.'],
    runs.map((r) =>
      'error' in r
        ? [count(r.n), `${count(r.generated.blocks)} / ${count(r.generated.notes)}`, r.error, '', '', '', '', '', '', '']
        : [
            count(r.n),
            `${count(r.generated.blocks)} / ${count(r.generated.notes)}`,
            sec(r.ms),
            msf(r.perArticle?.ms),
            r.marginal ? `${msf(r.marginal.ms)} (from ${count(r.marginal.from)})` : '–',
            kb(r.dist.bytes),
            count(r.dist.files),
            kb(r.perArticle?.distBytes),
            count(r.perArticle?.files, 1),
            kb(r.perArticle?.pagefindBytes),
          ],
    ),
  );
  say('(per article = difference from the smallest N divided by the extra articles; "from N before" = the same against the previous N, flat when cost grows linearly)');
  const from100 = ok(runs).find((r) => r.n === 100);
  const larger = ok(runs).filter((r) => r.n > 100);
  if (from100 && larger.length) {
    const each = (r: ScaleRun) => {
      const extra = r.n - from100.n;
      return `N=${count(r.n)}: ${msf((r.ms - from100.ms) / extra)}, ${kb((r.dist.bytes - from100.dist.bytes) / extra)}, ${count((r.dist.files - from100.dist.files) / extra, 1)} files`;
    };
    say(`Per article from N=100 (flat when the figures agree): ${larger.map(each).join('; ')}.`);
  }

  const built = ok(runs);
  if (built.length) {
    say("\n### Scale: where the build's time goes (from the build log)");
    const names = [...new Set(built.flatMap((r) => r.phases.map((phase) => phase.name)))];
    table(
      say,
      ['phase', ...built.map((r) => `N=${count(r.n)}`)],
      names.map((name) => [
        name,
        ...built.map((r) => {
          const phase = r.phases.find((each) => each.name === name);
          return phase ? `${sec(phase.ms)} (${Math.round((phase.ms / r.ms) * 100)}%)` : '–';
        }),
      ]),
    );
    for (const r of built) for (const phase of r.phases) if (phase.detail) say(`- N=${count(r.n)}, ${phase.name}: ${phase.detail}`);

    say(`\n### Scale: pages and searches (first visit, gzip; a fresh browser context each)`);
    table(
      say,
      ['N', 'home', `first query ${pageNames.common.replace('search ?q=', '')}`, 'results', `rare word ${rareWord.word}`, 'results', 'second query (Putin)', 'first query to results', 'typed query median'],
      built.map((r) => [count(r.n), weight(r.pages[pageNames.home]), weight(r.search.common), count(r.search.common.results), weight(r.search.rare), count(r.search.rare.results), weight(r.search.second), msf(r.search.common.ms), msf(r.search.typedMedianMs)]),
    );
    say(`(a first query opens /search/?q= with nothing cached: page, styles, fonts, search code and data; the second is typed on that page; typed median over ${built[0]?.search.typed.map((run) => JSON.stringify(run.query)).join(', ') ?? ''}; the rare word is in one synthetic article in ${rareWord.every}, in a note)`);
    const largest = built.at(-1);
    const common = largest?.pages[pageNames.common];
    if (largest && common) {
      const folders = Object.entries(common.byFolder)
        .sort((a, b) => b[1].transferred - a[1].transferred)
        .slice(0, 4)
        .map(([folder, group]) => `${folder} ${group.requests} req ${kb(group.transferred)}`);
      say(`First query at N=${count(largest.n)} by folder: ${folders.join(', ')}`);
    }
  }
}
