/**
 * What a column's cells ask for: `least` without ugly breaks, `natural` without wrapping, and
 * `amount`, all its text laid end to end (how much there is to read in it).
 */
export interface ColumnDemand {
  least: number;
  natural: number;
  amount: number;
}

/** No column narrower than this, and none kept wider than this share of the table for its words. */
const narrowest = 36;
const widestLeastShare = 0.3;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Column widths that follow the content: the room is shared in proportion to how much text
 * each column holds, but a column never gets less than its widest word needs (long words are
 * hyphenated, so they ask at most 30 %) nor more than its longest line. Short values (dates,
 * statuses) so get just their width, and the column with the long texts gets the rest.
 */
export function columnWidths(total: number, demands: readonly ColumnDemand[]): number[] {
  const least = demands.map((demand) => Math.min(Math.max(demand.least, narrowest), total * widestLeastShare));
  const most = demands.map((demand, index) => Math.max(demand.natural, least[index] ?? 0));
  const leastSum = sum(least);
  if (leastSum >= total) return least.map((width) => (width / leastSum) * total);
  if (sum(most) <= total) return most.map((width) => (width / sum(most)) * total);
  const widths: (number | null)[] = demands.map(() => null);
  // Water-filling: fix the columns whose share falls outside their bounds, share the rest again.
  for (let round = 0; round <= demands.length; round += 1) {
    const open = demands.flatMap((_, index) => (widths[index] === null ? [index] : []));
    const room = total - sum(widths.map((width) => width ?? 0));
    const weight = sum(open.map((index) => Math.max(demands[index]?.amount ?? 0, 1)));
    const share = (index: number) => (room * Math.max(demands[index]?.amount ?? 0, 1)) / weight;
    const tooNarrow = open.filter((index) => share(index) < (least[index] ?? 0));
    const tooWide = open.filter((index) => share(index) > (most[index] ?? 0));
    if (tooNarrow.length === 0 && tooWide.length === 0) {
      for (const index of open) widths[index] = share(index);
      break;
    }
    // Narrow columns first: giving them their least can only shrink the others' shares.
    if (tooNarrow.length > 0) for (const index of tooNarrow) widths[index] = least[index] ?? 0;
    else for (const index of tooWide) widths[index] = most[index] ?? 0;
  }
  return widths.map((width, index) => width ?? least[index] ?? 0);
}
