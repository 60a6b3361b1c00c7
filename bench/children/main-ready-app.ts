import { openBenchWorkbook } from '../lib/bench-workbook';
import type { ChildReport } from '../lib/child';

/**
 * A fresh main process up to "ready": the modules loaded and the data file opened (pragmas,
 * integrity and migration checks, a backup if due), which is all the start screen needs (it
 * calls nothing). One line is printed then (the suite times spawn → that line). After it,
 * timed but not counted in ready, what the app does on first need: read and validate the
 * guide (the first screen that shows it) and build the search index (the first search).
 * The last line holds every step. `node main-ready.cjs DATA_DIR` (main-ready.ts boots this file
 * as the shells boot theirs, with Node's compile cache).
 */
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: main-ready.cjs DATA_DIR');
// Module loading (the bundle, zod schemas, better-sqlite3) happened before this line.
const steps: Record<string, number> = { modules: performance.now() };
let last = performance.now();
const step = (name: string) => {
  steps[name] = performance.now() - last;
  last = performance.now();
};
const workbook = openBenchWorkbook(dataDir);
step('open');
const ready: ChildReport = { readyAt: performance.now(), rss: process.memoryUsage().rss };
process.stdout.write(`${JSON.stringify(ready)}\n`);

last = performance.now();
workbook.handlers['guide.content']();
step('content on first need');
workbook.handlers['guide.search']({ query: 'initiatief' });
step('search index on first search');
process.stdout.write(`${JSON.stringify({ ...ready, steps })}\n`);
workbook.close();
