/**
 * One of two processes writing to the same workbook file at the same time (as a second app
 * without the folder lock would). Waits for "go" on stdin, so both start together, then makes
 * its writes through the real services and prints `DONE <ok> <failed> <first failure>`.
 */
import { createInterface } from 'node:readline';
import { dispatch } from '../../main/services/dispatch';
import { openTestWorkbook } from '../helpers/workbook';

const [dataDir, name, planIdText, runIdText, countText] = process.argv.slice(2);
if (!dataDir || !name) throw new Error('usage: two-writers-child DATA_DIR NAME PLAN_ID RUN_ID COUNT');
const planId = Number(planIdText);
const runId = Number(runIdText);
const count = Number(countText);
const workbook = openTestWorkbook(dataDir);

/** Read-then-write calls: each reads what is there and writes on top of it. */
function write(index: number): [string, unknown] {
  if (index % 4 === 0) return ['popOp.actions.add', { planId, fields: { what: `${name} ${index}` } }];
  if (index % 4 === 1) return ['popOp.update', { planId, changes: { nu: `${name} ${index}` } }];
  if (index % 4 === 2) return ['selfAnalysis.answer', { runId, statementId: `doen-${(index % 5) + 1}`, value: 3 }];
  return ['settings.set', { profile: { name: `${name} ${index}` } }];
}

async function main(): Promise<void> {
  await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once('line', () => resolve()));
  let ok = 0;
  const failures: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const [channel, input] = write(index);
    const result = await dispatch(workbook.handlers, channel, input);
    if (result.ok) ok += 1;
    else failures.push(`${channel}: ${result.error.code} ${result.error.message}`);
  }
  workbook.close();
  process.stdout.write(`DONE ${ok} ${failures.length} ${failures[0] ?? ''}\n`);
}

void main();
