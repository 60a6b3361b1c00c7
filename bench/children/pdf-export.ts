import { call, openBenchWorkbook } from '../lib/bench-workbook';
import { reportReady } from '../lib/child';
import { timeMs } from '../lib/measure';

/** A cold export: the first POP-OP PDF in a fresh process, through the contract. `node pdf-export.cjs DATA_DIR PLAN_ID` */
const [dataDir, planId] = process.argv.slice(2);
if (!dataDir || !planId) throw new Error('usage: pdf-export.cjs DATA_DIR PLAN_ID');
const workbook = openBenchWorkbook(dataDir);
// A function, not top-level await: the children are bundled as CommonJS like the app's main.
void timeMs(() => call(workbook, 'popOp.export', { planId: Number(planId) })).then((stepMs) => {
  reportReady(stepMs);
  workbook.close();
});
