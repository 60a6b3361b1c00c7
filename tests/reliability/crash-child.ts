/**
 * The child of the crash test: writes through the real workbook (contract validation, real
 * services, real SQLite file) as fast as it can and prints `ACK <n> <runId> <planId>` only
 * after all four writes of step n have returned. The parent kills it with SIGKILL at a
 * random moment.
 */
import { dispatch } from '../../main/services/dispatch';
import { openTestWorkbook } from '../helpers/workbook';
import { crashWrites } from './crash-writes';

const dataDir = process.argv[2];
const firstIndex = Number(process.argv[3] ?? 0);
if (!dataDir) throw new Error('usage: crash-child DATA_DIR FIRST_INDEX');

const workbook = openTestWorkbook(dataDir);

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(workbook.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function main(): Promise<void> {
  // One run and one plan for the whole test: reused after every kill, as a user would.
  const runs = await call<{ id: number }[]>('selfAnalysis.list', undefined);
  const runId = runs[0]?.id ?? (await call<{ id: number }>('selfAnalysis.start', { scope: 'all' })).id;
  const plans = await call<{ id: number }[]>('popOp.list', undefined);
  const planId = plans[0]?.id ?? (await call<{ id: number }>('popOp.create', {})).id;

  for (let index = firstIndex; ; index += 1) {
    const write = crashWrites(index);
    await call('selfAnalysis.answer', { runId, statementId: write.statementId, value: write.answer });
    await call('popOp.update', { planId, changes: { nu: write.planText } });
    await call('guide.notes.save', { key: write.noteKey, body: write.noteBody });
    await call('settings.set', { profile: { name: write.profileName } });
    process.stdout.write(`ACK ${index} ${runId} ${planId}\n`);
  }
}

void main();
