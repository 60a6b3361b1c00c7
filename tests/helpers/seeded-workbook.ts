import { readFileSync } from 'node:fs';
import { dispatch } from '../../main/services/dispatch';
import type { Workbook } from '../../main/services/workbook';
import { openTestWorkbook } from './workbook';

/** Calls a channel through the contract and returns its value; a refusal fails the test. */
async function value<T>(workbook: Workbook, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(workbook.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/**
 * A workbook with something in every table, written through the real handlers, so a table a
 * new feature adds joins this suite by itself (the "no table is empty" check below says so).
 */
export async function seededWorkbook(dataDir: string): Promise<Workbook> {
  const workbook = openTestWorkbook(dataDir);
  await value(workbook, 'settings.set', { profile: { name: 'Ayşe Kovačević', organisation: 'Gemeente IJsselstein' } });
  await value(workbook, 'guide.notes.save', { key: 'doen/een-omslag', body: 'Mijn notitie 🎉 "quotes" <b>' });
  await value(workbook, 'guide.bookmarks.set', { key: 'doen/een-omslag', on: true });
  await value(workbook, 'guide.reasons.save', { reasonNumber: 3, recognition: 'herken-ik', turnaround: 'Omdraaien' });

  const run = await value<{ id: number }>(workbook, 'selfAnalysis.start', { scope: 'doen' });
  await value(workbook, 'selfAnalysis.answer', { runId: run.id, statementId: 'doen-1', value: 2 });
  await value(workbook, 'selfAnalysis.reflect', { runId: run.id, themeId: 'doen', questionId: 'al', text: 'Al veel' });
  await value(workbook, 'selfAnalysis.mark', { runId: run.id, statementId: 'doen-1', wanted: true, suggestion: null });

  const plan = await value<{ id: number }>(workbook, 'popOp.create', {});
  await value(workbook, 'popOp.update', { planId: plan.id, changes: { title: 'POP-OP 2027', nu: 'Ik begin' } });
  await value(workbook, 'popOp.actions.add', { planId: plan.id, fields: { what: 'Wijkschouw', status: 'bezig' } });
  await value(workbook, 'popOp.factors.add', { planId: plan.id, kind: 'kans', text: 'Een wethouder die meedenkt' });
  await value(workbook, 'popOp.setStatus', { planId: plan.id, status: 'besproken' });

  const initiative = await value<{ id: number }>(workbook, 'financing.create', { name: 'Buurtmoestuin' });
  await value(workbook, 'financing.update', {
    id: initiative.id,
    patch: { needs: ['geld', 'plek'], purposes: ['terugkerend'], answers: { risico: null }, weights: { risico: 3 } },
  });
  await value(workbook, 'financing.schemes.create', {
    name: 'Wijkbudget Noord “groen” 🌱',
    formId: 'bewonersbudget',
    maxAmountEuros: 10_000,
    conditions: 'Vijf buurtbewoners steunen het plan.',
    contact: 'wijkteam@gemeente.nl',
  });

  // Teamspiegel: share a complete run, then read that share file into a round.
  const geld = await value<{ id: number }>(workbook, 'selfAnalysis.start', { scope: 'geld' });
  for (const n of [1, 2, 3, 4, 5]) {
    await value(workbook, 'selfAnalysis.answer', { runId: geld.id, statementId: `geld-${n}`, value: (n % 4) + 1 });
  }
  const shared = await value<{ kind: string; path: string }>(workbook, 'team.share', {
    runId: geld.id,
    roundCode: 'WIJKZAKEN-2027-VJ',
  });
  const round = await value<{ id: number }>(workbook, 'team.rounds.create', {
    name: 'Wijkzaken voorjaar 2027',
    code: 'WIJKZAKEN-2027-VJ',
    minimumGroupSize: 5,
  });
  const text = readFileSync(shared.path, 'utf8');
  await value(workbook, 'team.rounds.addFiles', {
    roundId: round.id,
    files: [{ name: 'Teamspiegel WIJKZAKEN-2027-VJ.teamspiegel', size: text.length, text }],
  });
  return workbook;
}
