import { readFileSync } from 'node:fs';
import type { Workbook } from '../../main/services/workbook';
import { callOk, savedPath } from './call';
import { fixtureImage } from './images';
import { openTestWorkbook } from './workbook';

/**
 * A workbook with something in every table, written through the real handlers, so a table a
 * new feature adds joins this suite by itself (the "no table is empty" check below says so).
 */
export async function seededWorkbook(dataDir: string): Promise<Workbook> {
  const workbook = openTestWorkbook(dataDir);
  await callOk(workbook, 'settings.set', { profile: { name: 'Ayşe Kovačević', organisation: 'Gemeente IJsselstein' } });
  await callOk(workbook, 'printSettings.setConfidential', { confidential: true });
  await callOk(workbook, 'printSettings.setLogo', {
    fileName: 'logo.png',
    base64: fixtureImage('logo.png').toString('base64'),
  });
  await callOk(workbook, 'guide.notes.save', { key: 'doen/een-omslag', body: 'Mijn notitie 🎉 "quotes" <b>' });
  await callOk(workbook, 'dashboard.settings.set', { selfAnalysisReminderMonths: 9 });
  await callOk(workbook, 'dashboard.visit', { path: '/gids', rest: 'doen/een-omslag' });
  await callOk(workbook, 'guide.bookmarks.set', { key: 'doen/een-omslag', on: true });
  await callOk(workbook, 'guide.reasons.save', { reasonNumber: 3, recognition: 'herken-ik', turnaround: 'Omdraaien' });

  const run = await callOk(workbook, 'selfAnalysis.start', { scope: 'doen' });
  await callOk(workbook, 'selfAnalysis.answer', { runId: run.id, statementId: 'doen-1', value: 2 });
  await callOk(workbook, 'selfAnalysis.reflect', { runId: run.id, themeId: 'doen', questionId: 'al', text: 'Al veel' });
  await callOk(workbook, 'selfAnalysis.mark', { runId: run.id, statementId: 'doen-1', wanted: true, suggestion: null });

  const plan = await callOk(workbook, 'popOp.create', {});
  await callOk(workbook, 'popOp.update', { planId: plan.id, changes: { title: 'POP-OP 2027', nu: 'Ik begin' } });
  await callOk(workbook, 'popOp.actions.add', { planId: plan.id, fields: { what: 'Wijkschouw', status: 'bezig' } });
  await callOk(workbook, 'popOp.factors.add', { planId: plan.id, kind: 'kans', text: 'Een wethouder die meedenkt' });
  await callOk(workbook, 'popOp.setStatus', { planId: plan.id, status: 'besproken' });
  const meeting = await callOk(workbook, 'popOp.meetings.record', {
    planId: plan.id,
    heldOn: '2026-03-15',
    withWhom: 'Şükrü Öztürk',
    outcome: 'voor-akkoord',
    agreements: ['Elke maand bijpraten', 'Cursus “gesprekstechniek” 🎓'],
    nextMeeting: '2026-09-01',
  });
  await callOk(workbook, 'popOp.meetings.agreementToAction', { agreementId: meeting.agreements[0]?.id });
  await callOk(workbook, 'popOp.preparation.setTalkingPoint', { planId: plan.id, position: 2, text: 'Thuiswerken 🏠' });

  const initiative = await callOk(workbook, 'financing.create', { name: 'Buurtmoestuin' });
  await callOk(workbook, 'financing.update', {
    id: initiative.id,
    patch: { needs: ['geld', 'plek'], purposes: ['terugkerend'], answers: { risico: null }, weights: { risico: 3 } },
  });
  await callOk(workbook, 'financing.schemes.create', {
    name: 'Wijkbudget Noord “groen” 🌱',
    formId: 'bewonersbudget',
    maxAmountEuros: 10_000,
    conditions: 'Vijf buurtbewoners steunen het plan.',
    contact: 'wijkteam@gemeente.nl',
  });

  // Teamspiegel: share a complete run, then read that share file into a round.
  const geld = await callOk(workbook, 'selfAnalysis.start', { scope: 'geld' });
  for (const n of [1, 2, 3, 4, 5]) {
    await callOk(workbook, 'selfAnalysis.answer', { runId: geld.id, statementId: `geld-${n}`, value: (n % 4) + 1 });
  }
  const shared = await callOk(workbook, 'team.share', {
    runId: geld.id,
    roundCode: 'WIJKZAKEN-2027-VJ',
  });
  const round = await callOk(workbook, 'team.rounds.create', {
    name: 'Wijkzaken voorjaar 2027',
    code: 'WIJKZAKEN-2027-VJ',
    minimumGroupSize: 5,
  });
  const text = readFileSync(savedPath(shared), 'utf8');
  await callOk(workbook, 'team.rounds.addFiles', {
    roundId: round.id,
    files: [{ name: 'Teamspiegel WIJKZAKEN-2027-VJ.teamspiegel', size: text.length, text }],
  });
  return workbook;
}
