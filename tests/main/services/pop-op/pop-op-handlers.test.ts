import { describe, expect, it } from 'vitest';
import { popOpLimits } from '../../../../main/contract/pop-op-channels';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';
import { callFails, callOk } from './pop-op-test-helpers';

const tempDir = createTempDirs();
const profile = {
  name: 'Ayşe Kovačević',
  jobTitle: 'Beleidsadviseur',
  organisation: 'Gemeente IJsselstein',
  department: 'Samenleving',
  manager: 'Jan Şahin',
};

describe('POP-OP channels', () => {
  it('start a plan prefilled from Instellingen and keep every change across a restart', async () => {
    const dir = tempDir();
    const workbook = openTestWorkbook(dir);
    await callOk(workbook, 'settings.set', { profile });
    const plan = await callOk(workbook, 'popOp.create', {});
    const year = new Date().getFullYear();
    expect(plan).toMatchObject({
      title: `POP-OP ${year}`,
      period: String(year),
      status: 'concept',
      employeeName: profile.name,
      jobTitle: profile.jobTitle,
      organisation: profile.organisation,
      department: profile.department,
      manager: profile.manager,
      nu: '',
      actions: [],
      versions: [],
    });
    await callOk(workbook, 'popOp.update', {
      planId: plan.id,
      changes: { nu: 'Ik ken de wijk 👋\n\nTweede alinea.', meetingDate: '2027-03-15', title: 'Mijn POP-OP 2027' },
    });
    const action = await callOk(workbook, 'popOp.actions.add', { planId: plan.id });
    await callOk(workbook, 'popOp.actions.update', {
      actionId: action.id,
      changes: { what: 'Meelopen met de wijkcoach', withWhom: 'Wijkteam', dueDate: '2027-05-01', status: 'bezig' },
    });
    await callOk(workbook, 'popOp.factors.add', { planId: plan.id, kind: 'kans', text: 'Nieuwe wethouder' });
    await callOk(workbook, 'popOp.factors.add', { planId: plan.id, kind: 'bedreiging', text: 'Weinig tijd' });
    workbook.close();

    const reopened = openTestWorkbook(dir);
    const again = await callOk(reopened, 'popOp.get', { planId: plan.id });
    expect(again).toMatchObject({
      title: 'Mijn POP-OP 2027',
      nu: 'Ik ken de wijk 👋\n\nTweede alinea.',
      meetingDate: '2027-03-15',
      actions: [{ what: 'Meelopen met de wijkcoach', withWhom: 'Wijkteam', dueDate: '2027-05-01', status: 'bezig' }],
      kansen: [{ text: 'Nieuwe wethouder' }],
      bedreigingen: [{ text: 'Weinig tijd' }],
    });
    expect(await callOk(reopened, 'popOp.list', undefined)).toMatchObject([
      { id: plan.id, title: 'Mijn POP-OP 2027', actionCount: 1, openActionCount: 1 },
    ]);
    reopened.close();
  });

  it('link an action to a self-analysis statement and show its text from the guide', async () => {
    const workbook = openTestWorkbook(tempDir());
    const template = await callOk(workbook, 'popOp.template', undefined);
    const statement = template.statementGroups[0]?.statements[2];
    if (!statement) throw new Error('the guide has statements');
    const plan = await callOk(workbook, 'popOp.create', {});
    const action = await callOk(workbook, 'popOp.actions.add', {
      planId: plan.id,
      fields: { what: 'Oefenen', statementId: statement.id },
    });
    expect(action).toMatchObject({ statementId: statement.id, statementText: statement.text });
    const unlinked = await callOk(workbook, 'popOp.actions.update', {
      actionId: action.id,
      changes: { statementId: null },
    });
    expect(unlinked).toMatchObject({ statementId: null, statementText: null });
    const error = await callFails(workbook, 'popOp.actions.update', {
      actionId: action.id,
      changes: { statementId: 'doen-9' },
    });
    expect(error.message).toContain('staat niet in de zelfanalyse');
    workbook.close();
  });

  it('order actions, remove them, and keep kansen and bedreigingen apart', async () => {
    const workbook = openTestWorkbook(tempDir());
    const plan = await callOk(workbook, 'popOp.create', {});
    const ids: number[] = [];
    for (const what of ['een', 'twee', 'drie']) {
      ids.push((await callOk(workbook, 'popOp.actions.add', { planId: plan.id, fields: { what } })).id);
    }
    const moved = await callOk(workbook, 'popOp.actions.move', { actionId: ids[2], direction: 'up' });
    expect(moved.map((action) => action.what)).toEqual(['een', 'drie', 'twee']);
    const top = await callOk(workbook, 'popOp.actions.move', { actionId: ids[0], direction: 'up' });
    expect(top.map((action) => action.what)).toEqual(['een', 'drie', 'twee']);
    await callOk(workbook, 'popOp.actions.remove', { actionId: ids[1] });
    const kans = await callOk(workbook, 'popOp.factors.add', { planId: plan.id, kind: 'kans' });
    await callOk(workbook, 'popOp.factors.update', { factorId: kans.id, text: 'Collega’s die meedenken' });
    const threat = await callOk(workbook, 'popOp.factors.add', { planId: plan.id, kind: 'bedreiging', text: 'x' });
    await callOk(workbook, 'popOp.factors.remove', { factorId: threat.id });
    const after = await callOk(workbook, 'popOp.get', { planId: plan.id });
    expect(after.actions.map((action) => action.what)).toEqual(['een', 'drie']);
    expect(after.kansen.map((factor) => factor.text)).toEqual(['Collega’s die meedenken']);
    expect(after.bedreigingen).toEqual([]);
    expect((await callFails(workbook, 'popOp.actions.remove', { actionId: ids[1] })).code).toBe('not-found');
    workbook.close();
  });

  it('store a version when a plan is discussed, show it read-only and compare it with the current plan', async () => {
    const workbook = openTestWorkbook(tempDir());
    const plan = await callOk(workbook, 'popOp.create', {});
    expect((await callFails(workbook, 'popOp.setStatus', { planId: plan.id, status: 'besproken' })).message).toContain(
      'nog leeg',
    );
    await callOk(workbook, 'popOp.update', { planId: plan.id, changes: { nu: 'Ik werk vooral vanaf mijn bureau.' } });
    const first = await callOk(workbook, 'popOp.actions.add', { planId: plan.id, fields: { what: 'Wijkschouw' } });
    const discussed = await callOk(workbook, 'popOp.setStatus', { planId: plan.id, status: 'besproken' });
    expect(discussed.status).toBe('besproken');
    expect(discussed.versions).toMatchObject([{ number: 1, status: 'besproken' }]);
    expect(discussed.changedSinceLastVersion).toBe(false);

    // The answer to a save tells the editor what it needs (status, versions, changed), so it need not fetch the plan.
    const meta = await callOk(workbook, 'popOp.update', {
      planId: plan.id,
      changes: { nu: 'Ik werk vooral buiten, in de wijk.' },
    });
    expect(meta).toEqual({
      status: 'besproken',
      updatedAt: expect.any(String),
      versions: discussed.versions,
      changedSinceLastVersion: true,
    });
    await callOk(workbook, 'popOp.actions.update', { actionId: first.id, changes: { status: 'gedaan' } });
    await callOk(workbook, 'popOp.actions.add', { planId: plan.id, fields: { what: 'Training faciliteren' } });
    await callOk(workbook, 'popOp.factors.add', { planId: plan.id, kind: 'kans', text: 'Budget voor scholing' });
    const edited = await callOk(workbook, 'popOp.get', { planId: plan.id });
    expect(edited.changedSinceLastVersion).toBe(true);
    const versionId = discussed.versions[0]?.id;

    const version = await callOk(workbook, 'popOp.versions.get', { versionId });
    expect(version.snapshot).toMatchObject({ nu: 'Ik werk vooral vanaf mijn bureau.', status: 'besproken' });
    expect(version.snapshot.actions).toMatchObject([{ what: 'Wijkschouw', status: 'gepland' }]);

    const comparison = await callOk(workbook, 'popOp.versions.compare', { versionId });
    const nu = comparison.fields.find((field) => field.key === 'nu');
    expect(nu?.changed).toBe(true);
    expect(nu?.segments.filter((s) => s.change === 'removed').map((s) => s.text.trim())).toEqual([
      'vanaf mijn bureau.',
    ]);
    expect(nu?.segments.filter((s) => s.change === 'added').map((s) => s.text.trim())).toEqual(['buiten, in de wijk.']);
    expect(comparison.actions.map((a) => [a.change, a.after?.what ?? a.before?.what, a.changedFields])).toEqual([
      ['changed', 'Wijkschouw', ['status']],
      ['added', 'Training faciliteren', []],
    ]);
    expect(comparison.factors).toEqual([{ kind: 'kans', text: 'Budget voor scholing', change: 'added' }]);
    expect(comparison.changeCount).toBe(4);

    const agreed = await callOk(workbook, 'popOp.setStatus', { planId: plan.id, status: 'vastgesteld' });
    expect(agreed.versions.map((v) => [v.number, v.status])).toEqual([
      [1, 'besproken'],
      [2, 'vastgesteld'],
    ]);
    workbook.close();
  });

  it('start a new plan from the previous one with the open actions carried over', async () => {
    const workbook = openTestWorkbook(tempDir());
    await callOk(workbook, 'settings.set', { profile });
    const old = await callOk(workbook, 'popOp.create', {});
    await callOk(workbook, 'popOp.update', {
      planId: old.id,
      changes: { title: 'POP-OP 2027', period: 'januari 2027 – december 2027' },
    });
    const statuses = ['gepland', 'bezig', 'gedaan', 'geschrapt'] as const;
    for (const status of statuses) {
      await callOk(workbook, 'popOp.actions.add', { planId: old.id, fields: { what: `Actie ${status}`, status } });
    }
    const next = await callOk(workbook, 'popOp.create', { fromPlanId: old.id });
    expect(next).toMatchObject({
      title: 'POP-OP 2028',
      period: 'januari 2028 – december 2028',
      employeeName: profile.name,
      previousPlan: { id: old.id, title: 'POP-OP 2027' },
      nu: '',
    });
    expect(next.actions.map((a) => [a.what, a.status, a.carriedOverFrom])).toEqual([
      ['Actie gepland', 'gepland', 'POP-OP 2027'],
      ['Actie bezig', 'bezig', 'POP-OP 2027'],
    ]);
    // The old plan keeps its own actions.
    expect((await callOk(workbook, 'popOp.get', { planId: old.id })).actions).toHaveLength(4);
    workbook.close();
  });

  it('refuse bad input with a clear Dutch message and store nothing of it', async () => {
    const workbook = openTestWorkbook(tempDir());
    const plan = await callOk(workbook, 'popOp.create', {});
    const tooLong = await callFails(workbook, 'popOp.update', {
      planId: plan.id,
      changes: { nu: 'x'.repeat(20_001) },
    });
    expect(tooLong).toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('maximaal 20.000 tekens'),
    });
    const control = await callFails(workbook, 'popOp.update', { planId: plan.id, changes: { title: 'a\u0007b' } });
    expect(control.message).toContain('stuurtekens');
    for (const date of ['2027-02-30', '15-03-2027', '0999-01-01', 'morgen']) {
      const error = await callFails(workbook, 'popOp.update', { planId: plan.id, changes: { meetingDate: date } });
      expect(error.message).toMatch(/datum/);
    }
    expect((await callFails(workbook, 'popOp.get', { planId: 9999 })).message).toContain('bestaat niet');
    expect((await callFails(workbook, 'popOp.update', { planId: plan.id, changes: { status: 'x' } })).code).toBe(
      'invalid-input',
    );
    const untouched = await callOk(workbook, 'popOp.get', { planId: plan.id });
    expect(untouched.nu).toBe('');
    expect(untouched.title).toBe(plan.title);
    // A date in the past is a faithful answer, not an error.
    await callOk(workbook, 'popOp.update', { planId: plan.id, changes: { meetingDate: '1999-12-31' } });
    workbook.close();
  });

  it(`allow at most ${popOpLimits.actions} actions per plan`, async () => {
    const workbook = openTestWorkbook(tempDir());
    const plan = await callOk(workbook, 'popOp.create', {});
    for (let index = 0; index < popOpLimits.actions; index += 1) {
      await callOk(workbook, 'popOp.actions.add', { planId: plan.id, fields: { what: `Actie ${index}` } });
    }
    const error = await callFails(workbook, 'popOp.actions.add', { planId: plan.id });
    expect(error).toMatchObject({ code: 'too-large', message: expect.stringContaining('maximaal 100 acties') });
    workbook.close();
  });

  it('delete a plan with its actions, factors and versions', async () => {
    const workbook = openTestWorkbook(tempDir());
    const plan = await callOk(workbook, 'popOp.create', {});
    await callOk(workbook, 'popOp.actions.add', { planId: plan.id, fields: { what: 'iets' } });
    await callOk(workbook, 'popOp.setStatus', { planId: plan.id, status: 'besproken' });
    await callOk(workbook, 'popOp.remove', { planId: plan.id });
    expect(await callOk(workbook, 'popOp.list', undefined)).toEqual([]);
    for (const table of ['pop_op_actions', 'pop_op_versions', 'pop_op_factors']) {
      expect(workbook.database.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    workbook.close();
  });
});
