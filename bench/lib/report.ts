import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One line of the results table: a figure, the baseline it is divided by, and its target. */
export interface Row {
  group: string;
  name: string;
  unit: 'ms' | 'kB' | 'MB' | '×';
  value: number;
  baseline: number;
  /** What the baseline is, in a few words. */
  baselineName: string;
  /** `value / baseline`, unless the target is on the difference (then it is still shown). */
  ratio: number;
  /** The target in words, e.g. "≤ 1.3×"; '' when the figure is only reported. */
  target: string;
  met?: boolean;
  note?: string;
}

/** A row whose target is a maximum ratio to its baseline. */
export function ratioRow(row: Omit<Row, 'ratio' | 'target' | 'met'> & { maxRatio?: number }): Row {
  const ratio = row.value / row.baseline;
  const { maxRatio, ...rest } = row;
  return maxRatio === undefined
    ? { ...rest, ratio, target: '' }
    : { ...rest, ratio, target: `≤ ${maxRatio}×`, met: ratio <= maxRatio };
}

const formatNumber = (value: number) =>
  Number.isFinite(value) ? (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2)) : '–';

/** The table as plain text, one figure a line. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['figure', 'value', 'baseline', 'ratio', 'target', 'met'];
  const lines = rows.map((row) => [
    `${row.group}: ${row.name}`,
    `${formatNumber(row.value)} ${row.unit}`,
    `${formatNumber(row.baseline)} ${row.unit} (${row.baselineName})`,
    `${row.ratio.toFixed(2)}×`,
    row.target || '–',
    row.met === undefined ? '–' : row.met ? 'ja' : 'NEE',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)),
  );
  const format = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  const notes = rows.filter((row) => row.note).map((row) => `  * ${row.group}: ${row.name}: ${row.note}`);
  return [format(header), ...lines.map(format), ...(notes.length > 0 ? ['', 'Notes:', ...notes] : [])].join('\n');
}

/** Writes the rows as JSON under `bench/results/` and returns the file's path. */
export function writeResults(root: string, rows: readonly Row[], facts: Record<string, unknown>): string {
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ ...facts, rows }, null, 2)}\n`);
  return file;
}
