import { openBenchWorkbook } from '../lib/bench-workbook';
import { reportReady } from '../lib/child';

/**
 * A fresh main process up to "ready": open the data file (pragmas, integrity and migration
 * checks, a backup if due), load and validate the guide content and build the search index
 * (the first search). `node main-ready.cjs DATA_DIR`
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
workbook.handlers['guide.content']();
step('content');
workbook.handlers['guide.search']({ query: 'initiatief' });
step('search');
reportReady(undefined, steps);
workbook.close();
