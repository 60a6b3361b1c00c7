import { openBenchWorkbook } from '../lib/bench-workbook';
import { reportReady } from '../lib/child';

/**
 * A fresh main process up to "ready": open the data file (pragmas, integrity and migration
 * checks, a backup if due), load and validate the guide content and build the search index
 * (the first search). `node main-ready.cjs DATA_DIR`
 */
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: main-ready.cjs DATA_DIR');
const workbook = openBenchWorkbook(dataDir);
workbook.handlers['guide.content']();
workbook.handlers['guide.search']({ query: 'initiatief' });
reportReady();
workbook.close();
