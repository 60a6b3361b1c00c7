import type { Spread } from '../../contract/team-channels';

/**
 * The p-quantile (0–1) of sorted values by linear interpolation between closest ranks
 * (position p·(n−1); Hyndman & Fan type 7, as in Excel's KWARTIEL.INC and R's default).
 * For p = 0.5 this is the ordinary median.
 */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('quantile of no values');
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}

/** Median and interquartile range of `values`, or null when there are fewer than `minimum`. */
export function spreadOf(values: readonly number[], minimum: number): Spread | null {
  if (values.length === 0 || values.length < minimum) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  return { count: sorted.length, median: quantile(sorted, 0.5), q1, q3, iqr: q3 - q1 };
}

/** How many of `values` are 1, 2, 3 and 4. */
export function distribution(values: readonly number[]): [number, number, number, number] {
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (const value of values) counts[value - 1] = (counts[value - 1] ?? 0) + 1;
  return counts;
}
