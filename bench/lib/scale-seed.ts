import type { Workbook } from '../../main/services/workbook';

/** How many of each a workbook at scale level N holds: N runs, N/5 plans, N/2 initiatives. */
export function countsAt(level: number) {
  return { runs: level, plans: Math.max(1, level / 5), initiatives: Math.max(1, level / 2) };
}

/**
 * Fills the workbook up to `level` through the real handlers (their own validation skipped:
 * the inputs are known good). One outer transaction: the handlers' own transactions become
 * savepoints, so seeding does not pay an fsync per answer.
 */
export function seedUpTo(workbook: Workbook, level: number, have: ReturnType<typeof countsAt>): void {
  const want = countsAt(level);
  const h = workbook.handlers;
  const statements = h['selfAnalysis.questionnaire']().themes.flatMap((theme) => theme.statements.map((s) => s.id));
  workbook.database.transaction(() => {
    for (let run = have.runs; run < want.runs; run += 1) {
      const { id: runId } = h['selfAnalysis.start']({ scope: 'all' });
      statements.forEach((statementId, index) => {
        h['selfAnalysis.answer']({ runId, statementId, value: ((run * 7 + index * 3) % 4) + 1 });
      });
      if (run % 10 === 0)
        h['selfAnalysis.reflect']({ runId, themeId: 'doen', questionId: 'al', text: 'Notitie '.repeat(40) });
    }
    for (let plan = have.plans; plan < want.plans; plan += 1) {
      const { id: planId } = h['popOp.create']({});
      h['popOp.update']({ planId, changes: { title: `Plan ${plan}`, nu: 'Waar ik sta. '.repeat(30) } });
      for (let action = 0; action < 3; action += 1)
        h['popOp.actions.add']({ planId, fields: { what: `Actie ${action}` } });
      h['popOp.setStatus']({ planId, status: 'besproken' });
      h['popOp.update']({ planId, changes: { richting: 'Waar ik heen wil. '.repeat(20) } });
      h['popOp.setStatus']({ planId, status: 'vastgesteld' });
    }
    for (let initiative = have.initiatives; initiative < want.initiatives; initiative += 1) {
      const { id } = h['financing.create']({ name: `Initiatief ${initiative}` });
      // Answered as a real initiative is (issue 13's community garden), so the list has forms to rank.
      h['financing.update']({
        id,
        patch: {
          description: 'Een buurtmoestuin. '.repeat(10),
          needs: ['geld', 'plek'],
          purposes: ['eenmalig', 'terugkerend'],
          amountEuros: 5_000 + (initiative % 10) * 5_000,
          answers: {
            zeggenschap: 'afspraken',
            eigenaarschap: 'grotendeels',
            risico: 'beperkt',
            verantwoording: 'terugblik',
            timing: initiative % 2 === 0 ? 'structureel' : null,
            symboolwerking: 'bescheiden',
          },
        },
      });
    }
  })();
}
