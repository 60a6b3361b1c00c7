import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../../main/contract/calendar-date';
import { meetingLimits, meetingMessages } from '../../../../main/contract/meeting-channels';
import { addDays } from '../../../../main/services/pop-op/meeting-reminders';
import { meetingMessages as serviceMessages } from '../../../../main/services/pop-op/meeting-service';
import type { Workbook } from '../../../../main/services/workbook';
import { overlappingWords, wordBoxes } from '../../../helpers/pdf-checks';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';
import { callFails, callOk } from './pop-op-test-helpers';

const tempDir = createTempDirs();
const meetingNotYetHeld = serviceMessages.notYetHeld;
const inTwoDays = addDays(localIsoDate(new Date()), 2);

async function planWithContent(workbook: Workbook) {
  await callOk(workbook, 'settings.set', { profile: { name: 'Ayşe Kovačević', manager: 'Şükrü Öztürk' } });
  const plan = await callOk(workbook, 'popOp.create', {});
  await callOk(workbook, 'popOp.update', {
    planId: plan.id,
    changes: { nu: 'Ik ken de wijk.', meetingDate: '2026-03-15' },
  });
  await callOk(workbook, 'popOp.actions.add', { planId: plan.id, fields: { what: 'Wijkschouw' } });
  return plan;
}

const valid = {
  heldOn: '2026-03-15',
  withWhom: 'Şükrü Öztürk',
  outcome: 'voor-akkoord',
  agreements: ['Elke maand bijpraten', 'Cursus gesprekstechniek'],
  nextMeeting: '2026-09-01',
};

/** Everything the meeting touches, to prove a refusal left nothing behind. */
async function stateOf(workbook: Workbook, planId: number) {
  return {
    plan: await callOk(workbook, 'popOp.get', { planId }),
    meetings: await callOk(workbook, 'popOp.meetings.list', { planId }),
  };
}

describe('recording the meeting about a POP-OP', () => {
  it('freezes a version with the record, moves the meeting date and keeps it across a restart', async () => {
    const dir = tempDir();
    const workbook = openTestWorkbook(dir);
    const plan = await planWithContent(workbook);
    const meeting = await callOk(workbook, 'popOp.meetings.record', { planId: plan.id, ...valid });
    expect(meeting).toMatchObject({
      planId: plan.id,
      versionNumber: 1,
      heldOn: '2026-03-15',
      withWhom: 'Şükrü Öztürk',
      outcome: 'voor-akkoord',
      nextMeeting: '2026-09-01',
      agreements: [
        { position: 1, text: 'Elke maand bijpraten', actionId: null },
        { position: 2, text: 'Cursus gesprekstechniek', actionId: null },
      ],
    });
    workbook.close();

    const reopened = openTestWorkbook(dir);
    const after = await callOk(reopened, 'popOp.get', { planId: plan.id });
    expect(after).toMatchObject({ status: 'vastgesteld', meetingDate: '2026-09-01', changedSinceLastVersion: false });
    expect(after.versions).toEqual([expect.objectContaining({ id: meeting.versionId, status: 'vastgesteld' })]);
    const version = await callOk(reopened, 'popOp.versions.get', { versionId: meeting.versionId });
    // The frozen version keeps the date the meeting was held, not the next one.
    expect(version.snapshot).toMatchObject({ status: 'vastgesteld', meetingDate: '2026-03-15' });
    expect(await callOk(reopened, 'popOp.meetings.ofVersion', { versionId: meeting.versionId })).toEqual(meeting);
    reopened.close();
  });

  it('maps voor gezien and aangepast to besproken', async () => {
    const workbook = openTestWorkbook(tempDir());
    const plan = await planWithContent(workbook);
    for (const outcome of ['voor-gezien', 'aangepast'] as const) {
      await callOk(workbook, 'popOp.meetings.record', { planId: plan.id, ...valid, outcome, nextMeeting: '' });
    }
    const after = await callOk(workbook, 'popOp.get', { planId: plan.id });
    expect(after.versions.map((version) => version.status)).toEqual(['besproken', 'besproken']);
    expect(after).toMatchObject({ status: 'besproken', meetingDate: '' });
    workbook.close();
  });

  it.each([
    ['a date written the Dutch way', { heldOn: '15-03-2027' }, meetingMessages.dateFormat],
    ['no held date', { heldOn: '' }, meetingMessages.heldOnMissing],
    ['a held date that does not exist', { heldOn: '2027-02-29' }, meetingMessages.impossibleDate],
    ['a next meeting that does not exist', { nextMeeting: '2027-04-31' }, meetingMessages.impossibleDate],
    ['a year outside 1900–2199', { heldOn: '2427-03-15' }, meetingMessages.dateRange],
    ['no outcome', { outcome: '' }, 'Kies de uitkomst van het gesprek'],
    ['an unknown outcome', { outcome: 'goedgekeurd' }, 'Kies de uitkomst van het gesprek'],
    ['no name', { withWhom: '   ' }, meetingMessages.withWhomMissing],
    ['an empty agreement', { agreements: ['Bijpraten', '  '] }, meetingMessages.agreementEmpty],
    [
      'an agreement over the limit',
      { agreements: ['x'.repeat(meetingLimits.agreementText + 1)] },
      meetingMessages.agreementTooLong,
    ],
    [
      'more agreements than the limit',
      { agreements: Array.from({ length: meetingLimits.agreements + 1 }, (_, n) => `Afspraak ${n + 1}`) },
      meetingMessages.tooManyAgreements,
    ],
    ['a next meeting before the held date', { nextMeeting: '2026-03-01' }, meetingMessages.nextBeforeHeld],
    ['a next meeting on the held date', { nextMeeting: '2026-03-15' }, meetingMessages.nextBeforeHeld],
    ['a meeting that is still to come', { heldOn: inTwoDays, nextMeeting: '' }, meetingNotYetHeld],
  ])('refuses %s with a Dutch message and stores nothing', async (_name, change, message) => {
    const workbook = openTestWorkbook(tempDir());
    const plan = await planWithContent(workbook);
    const before = await stateOf(workbook, plan.id);
    const error = await callFails(workbook, 'popOp.meetings.record', { planId: plan.id, ...valid, ...change });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain(message);
    expect(await stateOf(workbook, plan.id)).toEqual(before);
    workbook.close();
  });

  it('refuses an empty plan and an unknown plan, storing nothing', async () => {
    const workbook = openTestWorkbook(tempDir());
    const empty = await callOk(workbook, 'popOp.create', {});
    const error = await callFails(workbook, 'popOp.meetings.record', { planId: empty.id, ...valid });
    expect(error.message).toContain('Dit POP-OP is nog leeg');
    expect(await callOk(workbook, 'popOp.get', { planId: empty.id })).toMatchObject({
      versions: [],
      status: 'concept',
    });
    expect((await callFails(workbook, 'popOp.meetings.record', { planId: 999, ...valid })).code).toBe('not-found');
    workbook.close();
  });

  it('stores nothing half when a write fails midway', async () => {
    const workbook = openTestWorkbook(tempDir());
    const plan = await planWithContent(workbook);
    const before = await stateOf(workbook, plan.id);
    // A trigger that refuses the second agreement: the version, status and first agreement must go too.
    workbook.database.exec(`CREATE TEMP TRIGGER refuse_second BEFORE INSERT ON pop_op_meeting_agreements
      WHEN NEW.position = 2 BEGIN SELECT RAISE(ABORT, 'schijf vol'); END`);
    const error = await callFails(workbook, 'popOp.meetings.record', { planId: plan.id, ...valid });
    expect(error.code).toBe('internal');
    expect(await stateOf(workbook, plan.id)).toEqual(before);
    workbook.close();
  });

  it('turns an agreement into a planned action once, and links the two', async () => {
    const workbook = openTestWorkbook(tempDir());
    const plan = await planWithContent(workbook);
    const meeting = await callOk(workbook, 'popOp.meetings.record', { planId: plan.id, ...valid });
    const [first] = meeting.agreements;
    if (!first) throw new Error('no agreement');
    const { action, meeting: linked } = await callOk(workbook, 'popOp.meetings.agreementToAction', {
      agreementId: first.id,
    });
    expect(action).toMatchObject({ what: 'Elke maand bijpraten', status: 'gepland' });
    expect(linked.agreements[0]?.actionId).toBe(action.id);
    const after = await callOk(workbook, 'popOp.get', { planId: plan.id });
    expect(after.actions.map((item) => item.what)).toEqual(['Wijkschouw', 'Elke maand bijpraten']);
    expect(after.changedSinceLastVersion).toBe(true);
    const again = await callFails(workbook, 'popOp.meetings.agreementToAction', { agreementId: first.id });
    expect(again.message).toContain('al een actie');
    expect((await callFails(workbook, 'popOp.meetings.agreementToAction', { agreementId: 999 })).code).toBe(
      'not-found',
    );
    // Removing the action frees the agreement again.
    await callOk(workbook, 'popOp.actions.remove', { actionId: action.id });
    const [latest] = await callOk(workbook, 'popOp.meetings.list', { planId: plan.id });
    expect(latest?.agreements[0]?.actionId).toBeNull();
    workbook.close();
  });

  it('prints the latest meeting under the title of the POP-OP PDF', async () => {
    const workbook = openTestWorkbook(tempDir());
    const plan = await planWithContent(workbook);
    await callOk(workbook, 'popOp.meetings.record', { planId: plan.id, ...valid });
    const delivery = await callOk(workbook, 'popOp.export', { planId: plan.id });
    const { execFileSync } = await import('node:child_process');
    if (delivery.kind !== 'saved') throw new Error('not saved');
    const text = execFileSync('pdftotext', ['-layout', '-l', '1', delivery.path, '-'], { encoding: 'utf8' });
    // Under the title and subject, before the profile table.
    expect(text.replace(/\s+/g, ' ')).toMatch(
      /Persoonlijk OntwikkelPlan OverheidsParticipatie Besproken op 15 maart 2026 met Şükrü Öztürk, voor akkoord Naam/,
    );
    const [firstPage] = wordBoxes(delivery.path);
    expect(overlappingWords(firstPage ?? [])).toEqual([]);
    workbook.close();
  });
});
