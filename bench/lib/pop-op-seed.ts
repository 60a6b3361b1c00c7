import type { Workbook } from '../../main/services/workbook';
import { call } from './bench-workbook';

const sentence =
  'Ik werk samen met inwoners die zelf een initiatief nemen en zoek in de gemeente de collega’s die kunnen helpen. ';

/**
 * A realistic POP-OP written through the contract: the profile, the three text questions,
 * 12 actions and 4 kansen and 4 bedreigingen (the five sections of the plan), plus one complete
 * self-analysis so the export can carry the profile appendix.
 */
export async function seedRealisticPlan(workbook: Workbook, number = 1): Promise<number> {
  const { id } = await call<{ id: number }>(workbook, 'popOp.create', {});
  await call(workbook, 'popOp.update', {
    planId: id,
    changes: {
      title: `POP-OP ${2026 + (number % 10)}`,
      period: '2027',
      employeeName: 'Ayşe Kovačević',
      jobTitle: 'Beleidsadviseur participatie',
      organisation: 'Gemeente IJsselstein',
      department: 'Samenleving',
      manager: 'Joost de Vries',
      meetingDate: '2027-03-15',
      nu: sentence.repeat(6),
      richting: sentence.repeat(5),
      nodig: sentence.repeat(4),
    },
  });
  for (let action = 1; action <= 12; action += 1) {
    await call(workbook, 'popOp.actions.add', {
      planId: id,
      fields: {
        what: `Actie ${action}: ${sentence.repeat(1 + (action % 3))}`,
        withWhom: 'Team wijkzaken',
        dueDate: `2027-${String(1 + (action % 12)).padStart(2, '0')}-15`,
        status: action % 4 === 0 ? 'gedaan' : 'gepland',
        result: action % 4 === 0 ? sentence : '',
      },
    });
  }
  for (const kind of ['kans', 'bedreiging'] as const) {
    for (let factor = 1; factor <= 4; factor += 1) {
      await call(workbook, 'popOp.factors.add', { planId: id, kind, text: `${kind} ${factor}: ${sentence}` });
    }
  }
  await seedCompleteSelfAnalysis(workbook);
  return id;
}

/** All five themes answered, so `selfAnalysis.latestProfile` has a profile for the appendix. */
async function seedCompleteSelfAnalysis(workbook: Workbook): Promise<void> {
  const questionnaire = await call<{ themes: { statements: { id: string }[] }[] }>(
    workbook,
    'selfAnalysis.questionnaire',
  );
  const { id: runId } = await call<{ id: number }>(workbook, 'selfAnalysis.start', { scope: 'all' });
  const statements = questionnaire.themes.flatMap((theme) => theme.statements.map((statement) => statement.id));
  for (const [index, statementId] of statements.entries()) {
    await call(workbook, 'selfAnalysis.answer', { runId, statementId, value: (index % 4) + 1 });
  }
}
