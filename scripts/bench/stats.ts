/**
 * Nearest-rank percentile, the one definition every bench prints: the
 * smallest value with at least p % of the values at or below it. No
 * interpolation and no run dropped, so a p99 is a time that really happened.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
