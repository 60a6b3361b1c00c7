import { describe, expect, it } from 'vitest';
import { createGuideNotesRepository } from '../../../../main/db/guide-notes-repository';
import { createPopOpRepository } from '../../../../main/db/pop-op-repository';
import { createPopOpVersionsRepository } from '../../../../main/db/pop-op-versions-repository';
import { createSelfAnalysisRepository } from '../../../../main/db/self-analysis-repository';
import { createSettingsRepository } from '../../../../main/db/settings-repository';
import { writeTransaction } from '../../../../main/db/write-transaction';
import { createDashboardService } from '../../../../main/services/dashboard/dashboard-service';
import { guideContentLoader } from '../../../../main/services/guide/guide-content-cache';
import { createGuideSections } from '../../../../main/services/guide/guide-sections';
import { guidePassages } from '../../../../main/services/guide/search/guide-passages';
import { createPopOpService } from '../../../../main/services/pop-op/pop-op-service';
import type { Workbook } from '../../../../main/services/workbook';
import { callFails, callOk } from '../../../helpers/call';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook, repoRoot } from '../../../helpers/workbook';

const tempDir = createTempDirs();
const resourcesDir = `${repoRoot}/resources`;
const guide = guideContentLoader(resourcesDir);

/** The dashboard on the workbook's own SQLite file, looking at the world at `now`. */
function dashboardAt(workbook: Workbook, now: Date) {
  const db = workbook.database;
  const popOp = createPopOpService({
    plans: createPopOpRepository(db),
    versions: createPopOpVersionsRepository(db),
    inTransaction: (work) => writeTransaction(db, work)(),
    guide,
    profile: () => ({ name: '', jobTitle: '', organisation: '', department: '', manager: '' }),
  });
  return createDashboardService({
    settings: createSettingsRepository(db),
    runs: createSelfAnalysisRepository(db),
    popOp,
    notes: createGuideNotesRepository(db),
    noteSection: createGuideSections(guide).section,
    guide,
    now: () => now,
  });
}

function monthsAfter(iso: string, months: number, minutes = 0): Date {
  const moment = new Date(iso);
  moment.setMonth(moment.getMonth() + months);
  moment.setMinutes(moment.getMinutes() + minutes);
  return moment;
}

describe('dashboard.summary (real SQLite, real guide content)', () => {
  it('for a first-time user says so and has nothing else to show', async () => {
    const workbook = openTestWorkbook(tempDir());
    expect(await callOk(workbook, 'dashboard.summary', undefined)).toEqual({
      firstTime: true,
      lastVisit: null,
      plan: null,
      dueActions: [],
      selfAnalysis: null,
      reminderMonths: 6,
      recentNotes: [],
    });
    workbook.close();
  });

  it('lists the open actions of the latest plan that are overdue or due within two weeks, soonest first', async () => {
    const workbook = openTestWorkbook(tempDir());
    await callOk(workbook, 'popOp.create', {});
    const plan = await callOk(workbook, 'popOp.create', {});
    await callOk(workbook, 'popOp.update', {
      planId: plan.id,
      changes: { title: 'Mijn plan 2027', meetingDate: '2027-03-01' },
    });
    const add = (what: string, dueDate: string, status: 'gepland' | 'bezig' | 'gedaan' | 'geschrapt' = 'gepland') =>
      callOk(workbook, 'popOp.actions.add', { planId: plan.id, fields: { what, dueDate, status } });
    const overdue = await add('Te laat', '2027-01-31');
    const today = await add('Vandaag', '2027-02-01', 'bezig');
    const lastDay = await add('Over twee weken', '2027-02-15');
    await add('Over drie weken', '2027-02-22');
    await add('Al gedaan', '2027-01-10', 'gedaan');
    await add('Geschrapt', '2027-01-10', 'geschrapt');
    await add('Zonder datum', '');

    const summary = dashboardAt(workbook, new Date(2027, 1, 1, 9, 30)).summary();
    expect(summary.firstTime).toBe(false);
    expect(summary.plan).toEqual({
      id: plan.id,
      title: 'Mijn plan 2027',
      status: 'concept',
      statusLabel: 'Concept',
      meetingDate: '2027-03-01',
      meetingText: 'Gesprek over 28 dagen (1 maart 2027)',
    });
    expect(summary.dueActions).toEqual([
      { actionId: overdue.id, planId: plan.id, what: 'Te laat', dueDate: '2027-01-31', overdue: true },
      { actionId: today.id, planId: plan.id, what: 'Vandaag', dueDate: '2027-02-01', overdue: false },
      { actionId: lastDay.id, planId: plan.id, what: 'Over twee weken', dueDate: '2027-02-15', overdue: false },
    ]);
    workbook.close();
  });

  it('asks "tijd voor een nieuwe?" once the months set in Instellingen have passed since the latest run', async () => {
    const workbook = openTestWorkbook(tempDir());
    await callOk(workbook, 'selfAnalysis.start', { scope: 'all' });
    const latest = await callOk(workbook, 'selfAnalysis.start', { scope: 'doen' });
    await callOk(workbook, 'selfAnalysis.rename', { runId: latest.id, name: 'Na de cursus' });

    const before = dashboardAt(workbook, monthsAfter(latest.createdAt, 6, -1)).summary();
    expect(before.selfAnalysis).toEqual({
      runId: latest.id,
      name: 'Na de cursus',
      createdAt: latest.createdAt,
      timeForNew: false,
    });
    expect(dashboardAt(workbook, monthsAfter(latest.createdAt, 6)).summary().selfAnalysis?.timeForNew).toBe(true);

    expect(await callOk(workbook, 'dashboard.settings.set', { selfAnalysisReminderMonths: 3 })).toEqual({
      selfAnalysisReminderMonths: 3,
    });
    const sooner = dashboardAt(workbook, monthsAfter(latest.createdAt, 3)).summary();
    expect(sooner.reminderMonths).toBe(3);
    expect(sooner.selfAnalysis?.timeForNew).toBe(true);
    workbook.close();
  });

  it('shows the three notes changed last, with their place in the guide', async () => {
    const workbook = openTestWorkbook(tempDir());
    const keys = guidePassages(guide())
      .slice(0, 4)
      .map((passage) => passage.key);
    for (const [index, key] of keys.entries()) {
      await callOk(workbook, 'guide.notes.save', { key, body: `Notitie ${index}` });
    }
    const notes = dashboardAt(workbook, new Date()).summary().recentNotes;
    const listed = await callOk(workbook, 'guide.notes.list', undefined);
    expect(notes).toHaveLength(3);
    expect(notes.map((note) => `${note.pageId}/${note.blockId}`)).toEqual(listed.slice(0, 3).map((note) => note.key));
    expect(notes[0]?.title).toBeTruthy();
    workbook.close();
  });

  it('remembers the last screen visited and names it in Dutch; a deleted plan falls back to its screen', async () => {
    const workbook = openTestWorkbook(tempDir());
    const plan = await callOk(workbook, 'popOp.create', {});
    await callOk(workbook, 'popOp.update', { planId: plan.id, changes: { title: 'Ontwikkelplan 2027' } });
    const run = await callOk(workbook, 'selfAnalysis.start', { scope: 'all' });
    const lastVisit = async (path: string, rest: string) => {
      expect(await callOk(workbook, 'dashboard.visit', { path, rest })).toBeNull();
      return (await callOk(workbook, 'dashboard.summary', undefined)).lastVisit;
    };

    expect(await lastVisit('/pop-op', String(plan.id))).toEqual({
      href: `#/pop-op/${plan.id}`,
      title: 'POP-OP: Ontwikkelplan 2027',
    });
    expect((await lastVisit('/zelfanalyses', `run/${run.id}/reflectie/doen`))?.title).toMatch(
      /^Zelfanalyse van .+, \d{2}:\d{2} \(reflectie\)$/,
    );
    expect(await lastVisit('/gids', 'doen')).toEqual({
      href: '#/gids/doen',
      title: expect.stringMatching(/^De gids: 1\. /),
    });
    // Instellingen is not work to go back to: the guide stays the last place.
    expect(await lastVisit('/instellingen', '')).toEqual({
      href: '#/gids/doen',
      title: expect.stringMatching(/^De gids/),
    });
    expect(await lastVisit('/financiering', '')).toEqual({ href: '#/financiering', title: 'Financieringshulp' });

    await lastVisit('/pop-op', String(plan.id));
    await callOk(workbook, 'popOp.remove', { planId: plan.id });
    expect((await callOk(workbook, 'dashboard.summary', undefined)).lastVisit).toEqual({
      href: '#/pop-op',
      title: 'POP-OP',
    });
    workbook.close();
  });

  it('refuses a screen that does not exist and months outside 1–36, in Dutch', async () => {
    const workbook = openTestWorkbook(tempDir());
    for (const bad of [
      { path: '/', rest: '' },
      { path: '/elders', rest: '' },
      { path: '/gids', rest: '<script>' },
    ]) {
      expect((await callFails(workbook, 'dashboard.visit', bad)).message).toContain('Dit scherm bestaat niet');
    }
    for (const bad of [0, 37, 2.5, '6']) {
      expect(
        (await callFails(workbook, 'dashboard.settings.set', { selfAnalysisReminderMonths: bad })).message,
      ).toContain('Kies een aantal maanden van 1 tot en met 36.');
    }
    expect(await callOk(workbook, 'dashboard.settings.get', undefined)).toEqual({ selfAnalysisReminderMonths: 6 });
    workbook.close();
  });
});
