/**
 * The child of the crash test: writes through the real workbook (contract validation, real
 * services, real SQLite file) as fast as it can and prints `ACK <n> <runId> <planId>` only
 * after all four writes of step n have returned. The parent kills it with SIGKILL at a
 * random moment.
 */
import { callOk } from '../helpers/call';
import { openTestWorkbook } from '../helpers/workbook';
import { crashWrites } from './crash-writes';

const dataDir = process.argv[2];
const firstIndex = Number(process.argv[3] ?? 0);
if (!dataDir) throw new Error('usage: crash-child DATA_DIR FIRST_INDEX');

const workbook = openTestWorkbook(dataDir);

async function main(): Promise<void> {
  // One run and one plan for the whole test: reused after every kill, as a user would.
  const runs = await callOk(workbook, 'selfAnalysis.list', undefined);
  const runId = runs[0]?.id ?? (await callOk(workbook, 'selfAnalysis.start', { scope: 'all' })).id;
  const plans = await callOk(workbook, 'popOp.list', undefined);
  const planId = plans[0]?.id ?? (await callOk(workbook, 'popOp.create', {})).id;

  for (let index = firstIndex; ; index += 1) {
    const write = crashWrites(index);
    await callOk(workbook, 'selfAnalysis.answer', { runId, statementId: write.statementId, value: write.answer });
    await callOk(workbook, 'popOp.update', { planId, changes: { nu: write.planText } });
    await callOk(workbook, 'guide.notes.save', { key: write.noteKey, body: write.noteBody });
    await callOk(workbook, 'settings.set', { profile: { name: write.profileName } });
    process.stdout.write(`ACK ${index} ${runId} ${planId}\n`);
  }
}

void main();
