import { describe, expect, it } from 'vitest';
import { changesHeading, lastMeetingLine } from '../../../../main/contract/preparation-format';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';
import { handClock, preparationServices } from './preparation-test-helpers';

const tempDir = createTempDirs();

/** A plan with four actions and a kans, discussed on 20 January 2027, then changed. */
function discussedAndChanged() {
  const workbook = openTestWorkbook(tempDir());
  const clock = handClock('2027-01-10T09:00:00Z');
  const services = preparationServices(workbook.database, clock.now);
  const { popOp } = services;
  services.completeRun('all', 2);
  const plan = popOp.create();
  popOp.update(plan.id, {
    title: 'POP-OP 2027',
    jobTitle: 'Beleidsmedewerker',
    nu: 'Ik ken de wijk goed en werk graag samen.',
  });
  const walk = popOp.addAction(plan.id, { what: 'Meelopen met de wijkcoach', dueDate: '2027-02-01' });
  const course = popOp.addAction(plan.id, { what: 'Cursus gespreksvoering', dueDate: '2027-03-01', status: 'bezig' });
  popOp.addAction(plan.id, { what: 'Verslag schrijven', dueDate: '2027-01-15', status: 'gedaan' });
  const dropped = popOp.addAction(plan.id, {
    what: 'Training budgetteren',
    dueDate: '2027-01-12',
    status: 'geschrapt',
  });
  const kans = popOp.addFactor(plan.id, 'kans', 'Een nieuwe wethouder');

  clock.set('2027-01-20T10:00:00Z');
  popOp.setStatus(plan.id, 'besproken');

  clock.set('2027-02-15T10:00:00Z');
  popOp.update(plan.id, {
    jobTitle: 'Beleidsadviseur',
    meetingDate: '2027-03-15',
    nu: 'Ik ken de wijk goed en werk graag samen met inwoners.',
  });
  popOp.updateAction(walk.id, { status: 'bezig' });
  popOp.addAction(plan.id, { what: 'Vandaag af te ronden', dueDate: '2027-03-02' });
  popOp.removeFactor(kans.id);
  popOp.addFactor(plan.id, 'bedreiging', 'Weinig tijd');
  clock.set('2027-02-20T10:00:00Z');
  services.completeRun('doen', 3);
  return { workbook, clock, services, planId: plan.id, ids: { walk: walk.id, course: course.id, dropped: dropped.id } };
}

describe('the Gespreksvoorbereiding (MeetingPreparation)', () => {
  it('names the fields changed since the discussed version: one-line fields old/new, answers by passage', () => {
    const { workbook, clock, services, planId } = discussedAndChanged();
    clock.set('2027-03-02T08:00:00Z');
    const { changes, lastMeeting } = services.preparation.get(planId);
    expect(lastMeeting).toMatchObject({
      number: 1,
      status: 'besproken',
      createdAt: '2027-01-20T10:00:00.000Z',
      heldOn: '2027-01-20',
      record: null,
    });
    expect(changes.fields).toEqual([
      expect.objectContaining({
        key: 'jobTitle',
        label: 'Functie',
        kind: 'value',
        before: 'Beleidsmedewerker',
        after: 'Beleidsadviseur',
      }),
      expect.objectContaining({ key: 'meetingDate', kind: 'value', before: '', after: '15 maart 2027' }),
      expect.objectContaining({
        key: 'nu',
        kind: 'text',
        added: ['samen met inwoners.'],
        removed: ['samen.'],
        moreChanges: 0,
      }),
    ]);
    expect(changes.fields[2]?.label).toMatch(/^1\. /);
    expect(changes.actions).toEqual([
      {
        change: 'changed',
        what: 'Meelopen met de wijkcoach',
        details: [{ label: 'status', before: 'Gepland', after: 'Bezig' }],
      },
      { change: 'added', what: 'Vandaag af te ronden', details: [] },
    ]);
    expect(changes.factors).toEqual([
      { change: 'added', kind: 'bedreiging', text: 'Weinig tijd' },
      { change: 'removed', kind: 'kans', text: 'Een nieuwe wethouder' },
    ]);
    expect(changes.count).toBe(7);
    workbook.close();
  });

  it('marks an open action "te laat" only when its date lies before today in the Netherlands', () => {
    const { workbook, clock, services, planId } = discussedAndChanged();
    // 23:30 UTC on 1 March is already 2 March in the Netherlands.
    clock.set('2027-03-01T23:30:00Z');
    const { actions, today } = services.preparation.get(planId);
    expect(today).toBe('2027-03-02');
    expect(actions.map((action) => [action.what, action.progress])).toEqual([
      ['Meelopen met de wijkcoach', 'te-laat'],
      ['Cursus gespreksvoering', 'te-laat'],
      ['Verslag schrijven', 'gedaan'],
      ['Training budgetteren', 'geschrapt'],
      ['Vandaag af te ronden', 'gepland'],
    ]);
    expect(actions[0]).toMatchObject({ progressText: 'Te laat (bezig)', dueDateText: '1 februari 2027' });
    expect(actions[4]).toMatchObject({ progressText: 'Gepland', dueDateText: '2 maart 2027' });

    clock.set('2027-02-28T12:00:00Z');
    const earlier = services.preparation.get(planId).actions.map((action) => action.progress);
    expect(earlier).toEqual(['te-laat', 'bezig', 'gedaan', 'geschrapt', 'gepland']);
    workbook.close();
  });

  it('shows per theme the score at the last meeting, the results since and the change "sinds vorige keer"', () => {
    const { workbook, clock, services, planId } = discussedAndChanged();
    clock.set('2027-03-02T08:00:00Z');
    const { themes } = services.preparation.get(planId);
    expect(themes).toHaveLength(5);
    const doen = themes.find((theme) => theme.themeId === 'doen');
    expect(doen).toMatchObject({
      atLastMeeting: { average: 2, createdAt: '2027-01-10T09:00:00.000Z' },
      since: [{ average: 3, createdAt: '2027-02-20T10:00:00.000Z' }],
      change: 1,
      changeText: '1,0 hoger',
    });
    const geld = themes.find((theme) => theme.themeId === 'geld');
    expect(geld).toMatchObject({ atLastMeeting: { average: 2 }, since: [], change: null });
    expect(geld?.changeText).toBe('Geen nieuwe uitslag sinds het gesprek');
    expect(geld?.title).toBeTruthy();
    workbook.close();
  });

  it('counts everything as new when the plan was never discussed', () => {
    const workbook = openTestWorkbook(tempDir());
    const clock = handClock('2027-01-10T09:00:00Z');
    const services = preparationServices(workbook.database, clock.now);
    services.completeRun('all', 4);
    const plan = services.popOp.create();
    services.popOp.update(plan.id, { nu: 'Eerste tekst.' });
    services.popOp.addAction(plan.id, { what: 'Eerste actie' });
    services.popOp.addFactor(plan.id, 'kans', 'Een kans');
    const preparation = services.preparation.get(plan.id);
    expect(preparation.lastMeeting).toBeNull();
    expect(preparation.changes.fields.find((field) => field.key === 'nu')).toMatchObject({
      kind: 'text',
      added: ['Eerste tekst.'],
      removed: [],
    });
    expect(preparation.changes.fields.find((field) => field.key === 'employeeName')).toMatchObject({
      before: '',
      after: 'Ayşe Kovačević',
    });
    expect(preparation.changes.actions).toEqual([{ change: 'added', what: 'Eerste actie', details: [] }]);
    expect(preparation.changes.factors).toEqual([{ change: 'added', kind: 'kans', text: 'Een kans' }]);
    for (const theme of preparation.themes) {
      expect(theme).toMatchObject({ atLastMeeting: null, since: [{ average: 4 }], change: null });
      expect(theme.changeText).toBe('Nog geen gesprek om mee te vergelijken');
    }
    expect(preparation.talkingPoints).toEqual(['', '', '']);
    workbook.close();
  });

  it('keeps a long answer short: at most four changed passages, each cut at a word, the rest counted', () => {
    const workbook = openTestWorkbook(tempDir());
    const clock = handClock('2027-01-10T09:00:00Z');
    const services = preparationServices(workbook.database, clock.now);
    const plan = services.popOp.create();
    const words = Array.from({ length: 12 }, (_, index) => `blok${index} ${'vast '.repeat(5)}`).join('');
    services.popOp.update(plan.id, { richting: words });
    services.popOp.setStatus(plan.id, 'vastgesteld');
    const changed = words.replace(/blok(\d+)/g, 'nieuw$1').concat(` ${'toegevoegd '.repeat(80)}`);
    services.popOp.update(plan.id, { richting: changed });
    const field = services.preparation.get(plan.id).changes.fields[0];
    expect((field?.removed.length ?? 0) + (field?.added.length ?? 0)).toBe(4);
    expect(field?.moreChanges).toBe(25 - 4);
    for (const passage of [...(field?.added ?? []), ...(field?.removed ?? [])])
      expect(passage.length).toBeLessThanOrEqual(240);
    workbook.close();
  });

  it('takes the last meeting as the day it was held when the version has a meeting record', () => {
    const { workbook, clock, services, planId } = discussedAndChanged();
    // Held on 15 March, a self-analysis on 17 March, recorded only on 20 March.
    clock.set('2027-03-17T10:00:00Z');
    services.completeRun('doen', 4);
    clock.set('2027-03-20T10:00:00Z');
    services.meetings.record({
      planId,
      heldOn: '2027-03-15',
      withWhom: 'Şükrü Öztürk',
      outcome: 'voor-akkoord',
      agreements: [],
      nextMeeting: '',
    });
    clock.set('2027-03-22T08:00:00Z');
    const preparation = services.preparation.get(planId);
    expect(preparation.lastMeeting).toMatchObject({
      number: 2,
      status: 'vastgesteld',
      createdAt: '2027-03-20T10:00:00.000Z',
      heldOn: '2027-03-15',
      record: { heldOn: '2027-03-15', withWhom: 'Şükrü Öztürk', outcome: 'voor-akkoord' },
    });
    expect(lastMeetingLine(preparation)).toBe('Besproken op 15 maart 2027 met Şükrü Öztürk, voor akkoord (versie 2)');
    expect(changesHeading(preparation)).toBe('Wat is er veranderd sinds versie 2 (15 maart 2027)');
    // The result of 20 February was before the meeting; the one of 17 March (after it was held,
    // before it was recorded) counts as new.
    const doen = preparation.themes.find((theme) => theme.themeId === 'doen');
    expect(doen).toMatchObject({
      atLastMeeting: { average: 3, createdAt: '2027-02-20T10:00:00.000Z' },
      since: [{ average: 4, createdAt: '2027-03-17T10:00:00.000Z' }],
      changeText: '1,0 hoger',
    });
    workbook.close();
  });

  it('falls back to the version’s day in the Netherlands when the version has no meeting record', () => {
    const workbook = openTestWorkbook(tempDir());
    const clock = handClock('2027-01-10T09:00:00Z');
    const services = preparationServices(workbook.database, clock.now);
    const plan = services.popOp.create();
    services.popOp.update(plan.id, { nu: 'Eerste tekst.' });
    // 23:30 UTC on 20 January is 21 January in the Netherlands.
    clock.set('2027-01-20T23:30:00Z');
    services.popOp.setStatus(plan.id, 'besproken');
    const preparation = services.preparation.get(plan.id);
    expect(preparation.lastMeeting).toMatchObject({ heldOn: '2027-01-21', record: null });
    expect(lastMeetingLine(preparation)).toBe('Besproken op 21 januari 2027 (versie 1)');
    workbook.close();
  });
});
