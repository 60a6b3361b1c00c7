import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../../main/contract/calendar-date';
import { meetingSummary, nextMeetingLine } from '../../../../main/contract/meeting-format';
import { computeReminders, daysBetween } from '../../../../main/services/pop-op/meeting-reminders';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';
import { callOk } from './pop-op-test-helpers';

const tempDir = createTempDirs();
const plan = { planId: 1, planTitle: 'POP-OP 2027' };

describe('the meeting summary line', () => {
  it('reads as the PDFs print it', () => {
    expect(meetingSummary({ heldOn: '2027-03-15', withWhom: ' Şükrü Öztürk ', outcome: 'voor-akkoord' })).toBe(
      'Besproken op 15 maart 2027 met Şükrü Öztürk, voor akkoord',
    );
    expect(meetingSummary({ heldOn: '2027-01-01', withWhom: '', outcome: 'aangepast' })).toBe(
      'Besproken op 1 januari 2027, aangepast',
    );
    expect(nextMeetingLine('2027-09-01')).toBe('Volgend gesprek of evaluatie op 1 september 2027');
    expect(nextMeetingLine('')).toBe('');
  });
});

describe('reminders', () => {
  it('counts calendar days, also across the change to summer time', () => {
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-03-15', '2027-03-12')).toBe(-3);
    expect(localIsoDate(new Date(2027, 2, 15, 23, 59))).toBe('2027-03-15');
  });

  it('says how far away each meeting and deadline is, soonest first', () => {
    const reminders = computeReminders(
      '2027-03-15',
      [
        { ...plan, meetingDate: '2027-03-27' },
        { planId: 2, planTitle: 'POP-OP 2026', meetingDate: '2027-03-10' },
      ],
      [
        { ...plan, actionId: 7, what: 'Wijkschouw\nmet de wijkcoach', dueDate: '2027-03-12' },
        { ...plan, actionId: 8, what: '', dueDate: '2027-03-15' },
        { ...plan, actionId: 9, what: 'Cursus', dueDate: '2027-03-16' },
        { ...plan, actionId: 10, what: 'x'.repeat(80), dueDate: '2027-03-29' },
        { ...plan, actionId: 11, what: 'Te ver weg', dueDate: '2027-03-30' },
      ],
    );
    expect(reminders.map((reminder) => reminder.text)).toEqual([
      'Gesprek van 10 maart 2027 is geweest: leg de uitkomst vast',
      'Actie “Wijkschouw”: deadline verlopen sinds 3 dagen',
      'Actie zonder omschrijving: deadline vandaag',
      'Actie “Cursus”: deadline morgen',
      'Gesprek over 12 dagen (27 maart 2027)',
      `Actie “${'x'.repeat(59)}…”: deadline over 14 dagen`,
    ]);
    expect(reminders[1]).toEqual({
      kind: 'action',
      planId: 1,
      planTitle: 'POP-OP 2027',
      actionId: 7,
      date: '2027-03-12',
      daysUntil: -3,
      text: 'Actie “Wijkschouw”: deadline verlopen sinds 3 dagen',
    });
    expect(computeReminders('2027-03-15', [{ ...plan, meetingDate: '2027-03-16' }], [])[0]?.text).toBe(
      'Gesprek morgen (16 maart 2027)',
    );
  });

  it('through the channel: only open actions of the newest plan in a line, until dealt with', async () => {
    const workbook = openTestWorkbook(tempDir());
    const today = localIsoDate(new Date());
    const old = await callOk(workbook, 'popOp.create', {});
    await callOk(workbook, 'popOp.actions.add', { planId: old.id, fields: { what: 'Meegenomen', dueDate: today } });
    const current = await callOk(workbook, 'popOp.create', { fromPlanId: old.id });
    await callOk(workbook, 'popOp.update', { planId: current.id, changes: { meetingDate: today, nu: 'Ik begin.' } });
    const done = await callOk(workbook, 'popOp.actions.add', {
      planId: current.id,
      fields: { what: 'Al gedaan', dueDate: today, status: 'gedaan' },
    });
    const { reminders } = await callOk(workbook, 'popOp.reminders', undefined);
    expect(reminders.map((reminder) => [reminder.kind, reminder.planId, reminder.text])).toEqual([
      ['meeting', current.id, expect.stringMatching(/^Gesprek vandaag/)],
      ['action', current.id, 'Actie “Meegenomen”: deadline vandaag'],
    ]);
    expect(done.status).toBe('gedaan');
    // Recording the meeting without a next date, and finishing the action, clears both.
    await callOk(workbook, 'popOp.meetings.record', {
      planId: current.id,
      heldOn: today,
      withWhom: 'Jan',
      outcome: 'voor-gezien',
      agreements: [],
      nextMeeting: '',
    });
    const carried = (await callOk(workbook, 'popOp.get', { planId: current.id })).actions[0];
    await callOk(workbook, 'popOp.actions.update', { actionId: carried?.id, changes: { status: 'gedaan' } });
    expect((await callOk(workbook, 'popOp.reminders', undefined)).reminders).toEqual([]);
    workbook.close();
  });
});
