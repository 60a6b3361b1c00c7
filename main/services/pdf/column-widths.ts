/** What a column's cells ask for: `least` without breaking words, `natural` without wrapping. */
export interface ColumnDemand {
  least: number;
  natural: number;
}

/** No column narrower than this, and none kept wider than this share of the table for its words. */
const narrowest = 36;
const widestLeastShare = 0.3;

/**
 * Column widths that follow the content, as browsers do for tables: a column with short values
 * gets just their width, the columns with long text share the rest in proportion to how much
 * more room they want. A very long word does not claim more than 30 % (it is hyphenated).
 */
export function columnWidths(total: number, demands: readonly ColumnDemand[]): number[] {
  const least = demands.map((demand) => Math.min(Math.max(demand.least, narrowest), total * widestLeastShare));
  const natural = demands.map((demand, index) => Math.max(demand.natural, least[index] ?? 0));
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const naturalSum = sum(natural);
  if (naturalSum <= total) {
    return natural.map((width) => (width / naturalSum) * total);
  }
  const leastSum = sum(least);
  if (leastSum >= total) return least.map((width) => (width / leastSum) * total);
  const wish = natural.map((width, index) => width - (least[index] ?? 0));
  const wishSum = sum(wish);
  return least.map((width, index) => width + ((wish[index] ?? 0) / wishSum) * (total - leastSum));
}
