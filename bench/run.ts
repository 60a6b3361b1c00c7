import { removeTempDirs, repoRoot } from './lib/bench-workbook';
import { runs } from './lib/measure';
import { formatTable, type Row, writeResults } from './lib/report';
import { mainStartSuite } from './suites/main-start';
import { pdfSuite } from './suites/pdf';
import { rendererSuite } from './suites/renderer';
import { saveSuite } from './suites/save';
import { scaleSuite } from './suites/scale';
import { teamSuite } from './suites/team';

/**
 * `npm run bench`: every figure as a ratio to a baseline measured in the same run, A and B
 * in turns, the median of at least five runs. Prints a table and writes it as JSON.
 * `npm run bench -- renderer pdf` runs only those suites.
 */
const suites: Record<string, () => Promise<Row[]>> = {
  renderer: rendererSuite,
  'main-start': mainStartSuite,
  pdf: pdfSuite,
  save: saveSuite,
  scale: scaleSuite,
  team: teamSuite,
};

async function main(): Promise<void> {
  const chosen = process.argv.slice(2).filter((name) => name in suites);
  const names = chosen.length > 0 ? chosen : Object.keys(suites);
  const rows: Row[] = [];
  const started = performance.now();
  for (const name of names) {
    const suiteStart = performance.now();
    process.stderr.write(`${name}…`);
    rows.push(...(await (suites[name] ?? (async () => []))()));
    process.stderr.write(` ${((performance.now() - suiteStart) / 1000).toFixed(1)} s\n`);
  }
  removeTempDirs();
  console.log(`\n${formatTable(rows)}\n`);
  const file = writeResults(repoRoot(), rows, {
    date: new Date().toISOString(),
    node: process.version,
    runs,
    suites: names,
    seconds: Math.round((performance.now() - started) / 1000),
  });
  console.log(`Results written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
