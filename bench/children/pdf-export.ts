import { benchPdfRenderer, call, openBenchWorkbook } from '../lib/bench-workbook';
import { reportReady } from '../lib/child';
import { timeMs } from '../lib/measure';

/**
 * A cold export: the first POP-OP PDF in a fresh process, through the contract. Before the
 * timed export it loads what the POP-OP screen loads (the template, which reads the guide,
 * the plan and the self-analysis panel), because the export button is on that screen, and
 * lets the PDF engine preload finish that the shells start once the first screen is up
 * (`preloadPdfEngineSoon`): a person reaches that button seconds after the start, not within
 * the 100–300 ms the preload takes. `node pdf-export.cjs DATA_DIR PLAN_ID`
 */
const [dataDir, planIdArgument] = process.argv.slice(2);
if (!dataDir || !planIdArgument) throw new Error('usage: pdf-export.cjs DATA_DIR PLAN_ID');
const planId = Number(planIdArgument);
const workbook = openBenchWorkbook(dataDir);
// As the shells do once the first screen is up.
const preloaded = new Promise<number>((resolve) =>
  setImmediate(() => resolve(timeMs(() => benchPdfRenderer().warm()))),
);

// A function, not top-level await: the children are bundled as CommonJS like the app's main.
async function main(): Promise<void> {
  const screenMs = await timeMs(async () => {
    await call(workbook, 'popOp.template');
    await call(workbook, 'popOp.get', { planId });
    await call(workbook, 'selfAnalysis.latestProfile');
    await call(workbook, 'selfAnalysis.actionCandidates');
  });
  const preloadMs = await preloaded;
  const exportMs = await timeMs(() => call(workbook, 'popOp.export', { planId, includeProfile: true }));
  reportReady(exportMs, { screen: screenMs, preload: preloadMs });
  workbook.close();
  await benchPdfRenderer().close();
}

void main();
