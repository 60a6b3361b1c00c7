import type { Workbook } from '../../main/services/workbook';
import { openBareDatabase } from '../lib/bare-database';
import { call, openBenchWorkbook, tempDir } from '../lib/bench-workbook';
import { interleaved, percentile, timeMs } from '../lib/measure';
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
  workbook.close();
  bare.db.close();
  return rows;
}
