import type { Workbook } from '../../main/services/workbook';
import { openBareDatabase } from '../lib/bare-database';
import { call, openBenchWorkbook, tempDir } from '../lib/bench-workbook';
import { interleaved, percentile, runs, timeMs } from '../lib/measure';
import { type Row, ratioRow } from '../lib/report';

const saves = 200;

/** 5: one autosave through the contract (validation, handler, repository, fsync) against a bare upsert. */
export async function saveSuite(): Promise<Row[]> {
  const dir = tempDir();
  const workbook: Workbook = openBenchWorkbook(dir);
  const bare = openBareDatabase(dir);
  const questionnaire = await call<{ themes: { statements: { id: string }[] }[] }>(
    workbook,
    'selfAnalysis.questionnaire',
  );
  const statements = questionnaire.themes.flatMap((theme) => theme.statements.map((s) => s.id));
  const run = await call<{ id: number }>(workbook, 'selfAnalysis.start', { scope: 'all' });
  const plan = await call<{ id: number }>(workbook, 'popOp.create', {});

  let answer = 0;
  const answerOnce = () =>
    call(workbook, 'selfAnalysis.answer', {
      runId: run.id,
      statementId: statements[answer % statements.length],
      value: (answer++ % 4) + 1,
    });
  let edit = 0;
  const editOnce = () =>
    call(workbook, 'popOp.update', {
      planId: plan.id,
      changes: { nu: `Waar ik nu sta, versie ${edit++}. `.repeat(20) },
    });
  const bareOnce = async () => bare.write();

  const rows: Row[] = [];
  for (const [name, work] of [
    ['answer (selfAnalysis.answer)', answerOnce],
    ['plan edit (popOp.update)', editOnce],
  ] as const) {
    const { a, b } = await interleaved(
      saves,
      () => timeMs(work),
      () => timeMs(bareOnce),
    );
    const group = 'save';
    const baselineName = 'bare upsert, same pragmas';
    rows.push(
      ratioRow({
        group,
        name: `${name} p50`,
        unit: 'ms',
        value: percentile(a, 0.5),
        baseline: percentile(b, 0.5),
        baselineName,
      }),
      ratioRow({
        group,
        name: `${name} p95`,
        unit: 'ms',
        value: percentile(a, 0.95),
        baseline: percentile(b, 0.95),
        baselineName,
        maxRatio: 3,
      }),
    );
  }
  rows.push(await savesDuringExport(workbook, editOnce));
  workbook.close();
  bare.db.close();
  return rows;
}

/** Lets the event loop turn once, as between two keystrokes' saves. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * #11: plan edits while the PDF worker builds a POP-OP with a 20 000-character word, against
 * the same edits with no export running (A B in turns, one export per A). On the main thread
 * every save waited for the whole export; in the worker they go on.
 */
async function savesDuringExport(workbook: Workbook, editOnce: () => Promise<unknown>): Promise<Row> {
  const { id: planId } = await call<{ id: number }>(workbook, 'popOp.create', {});
  await call(workbook, 'popOp.actions.add', { planId, fields: { what: 'Lang woord', result: 'x'.repeat(20_000) } });
  await call(workbook, 'popOp.export', { planId });
  const during: number[] = [];
  const alone: number[] = [];
  let exports = 0;
  await interleaved(
    runs * 2 + 1,
    async () => {
      let exporting = true;
      const exported = call(workbook, 'popOp.export', { planId }).finally(() => {
        exporting = false;
      });
      while (exporting) {
        during.push(await timeMs(editOnce));
        await nextTurn();
      }
      await exported;
      exports += 1;
      return 0;
    },
    async () => {
      for (let index = alone.length; index < during.length; index += 1) {
        alone.push(await timeMs(editOnce));
        await nextTurn();
      }
      return 0;
    },
  );
  return ratioRow({
    group: 'save',
    name: 'plan edit p95 while a 20 000-character-word PDF is made',
    unit: 'ms',
    value: percentile(during, 0.95),
    baseline: percentile(alone, 0.95),
    baselineName: 'the same edit, no export running',
    maxRatio: 1.5,
    note: `${during.length} edits during ${exports} exports; the worker thread shares the machine's cores, so the target allows 1.5× the usual p95`,
  });
}
