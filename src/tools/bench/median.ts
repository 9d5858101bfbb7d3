/** The median of a non-empty list (the mean of the two middle values for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid];
  const lower = sorted[mid - 1];
  if (upper === undefined) return Number.NaN;
  return sorted.length % 2 || lower === undefined ? upper : (lower + upper) / 2;
}
