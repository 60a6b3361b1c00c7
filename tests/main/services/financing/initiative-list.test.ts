import { describe, expect, it } from 'vitest';
import { topForms } from '../../../../main/services/financing/advise';
import { callOk } from '../../../helpers/call';
import { answersWith, financingModel, idLabels } from '../../../helpers/financing';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();

/** The community garden of issue 13's golden case. */
const moestuin = answersWith({
  zeggenschap: 'afspraken',
  eigenaarschap: 'grotendeels',
  risico: 'beperkt',
  verantwoording: 'terugblik',
  timing: 'structureel',
  symboolwerking: 'bescheiden',
});

describe('the initiative list (one query, ranks remembered per change)', () => {
  it('shows the same first forms as ranking every initiative afresh, after changes, copies and deletes', async () => {
    const workbook = openTestWorkbook(tempDir());
    const garden = await callOk(workbook, 'financing.create', { name: 'Buurtmoestuin' });
    const centre = await callOk(workbook, 'financing.create', { name: 'Buurthuis' });
    await callOk(workbook, 'financing.list');
    await callOk(workbook, 'financing.update', {
      id: garden.id,
      patch: { purposes: ['eenmalig', 'terugkerend'], amountEuros: 15_000, answers: moestuin },
    });
    const copy = await callOk(workbook, 'financing.duplicate', { id: garden.id });
    await callOk(workbook, 'financing.update', { id: copy.id, patch: { amountEuros: 80_000 } });
    await callOk(workbook, 'financing.delete', { id: centre.id });

    const list = await callOk(workbook, 'financing.list');
    const expected = await Promise.all(
      list.map(async (row) => {
        const initiative = await callOk(workbook, 'financing.get', { id: row.id });
        return { id: row.id, answeredCount: 6, topFormIds: topForms(financingModel, initiative, idLabels) };
      }),
    );
    expect(list.map(({ id, answeredCount, topFormIds }) => ({ id, answeredCount, topFormIds }))).toEqual(expected);
    expect(list.map((row) => row.name)).toEqual([copy.name, 'Buurtmoestuin']);
    workbook.close();
  });

  it('ranks again what changed behind the service (a restore or import writes the rows)', async () => {
    const workbook = openTestWorkbook(tempDir());
    const garden = await callOk(workbook, 'financing.create', { name: 'Buurtmoestuin' });
    expect((await callOk(workbook, 'financing.list'))[0]?.topFormIds).toEqual([]);
    // As a restore would: answers and a later updated_at, written straight into the file.
    const answered = Object.entries(moestuin).filter(([, answer]) => answer !== null);
    for (const [consideration, answer] of answered)
      workbook.database
        .prepare('UPDATE financing_considerations SET answer = ? WHERE initiative_id = ? AND consideration = ?')
        .run(answer, garden.id, consideration);
    workbook.database
      .prepare("UPDATE financing_initiatives SET updated_at = '2099-01-01T00:00:00.000Z' WHERE id = ?")
      .run(garden.id);
    const [row] = await callOk(workbook, 'financing.list');
    const initiative = await callOk(workbook, 'financing.get', { id: garden.id });
    expect(row?.answeredCount).toBe(6);
    expect(row?.topFormIds).toEqual(topForms(financingModel, initiative, idLabels));
    expect(row?.topFormIds.length).toBeGreaterThan(0);
    workbook.close();
  });
});
