// Number formats and Markdown tables for the printed report.

export type Say = (line: string) => void;

export const kb = (bytes: number | undefined) => (bytes === undefined || Number.isNaN(bytes) ? '–' : bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`);
export const sec = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? '–' : `${(ms / 1000).toFixed(1)} s`);
export const msf = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? '–' : `${Math.round(ms)} ms`);
export const pct = (value: number | undefined) => (value === undefined ? '–' : `${(value * 100).toFixed(1)}%`);
export const count = (value: number | undefined, digits = 0) => (value === undefined || Number.isNaN(value) ? '–' : value.toLocaleString('en', { maximumFractionDigits: digits }));
export const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || !b ? '–' : `${(a / b).toFixed(1)}×`);
export const weight = (figures: { transferred: number; requests: number } | undefined) => (figures ? `${kb(figures.transferred)} / ${figures.requests} req` : '–');

/** A Markdown table: the first column left-aligned, the others right-aligned. */
export function table(say: Say, head: readonly string[], rows: readonly (readonly string[])[]): void {
  say(`| ${head.join(' | ')} |`);
  say(`|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  for (const row of rows) say(`| ${row.join(' | ')} |`);
}
