import { describe, expect, it } from 'vitest';
import {
  dutchDateToIso,
  isoToDutchDate,
  meetingMessages,
  meetingRecordInputSchema,
} from '../../../main/contract/meeting-channels';

describe('the meeting contract', () => {
  it('reads dd-mm-jjjj the Dutch way and leaves anything else for the contract to refuse', () => {
    expect(dutchDateToIso(' 15-03-2027 ')).toBe('2027-03-15');
    expect(dutchDateToIso('1/3/2027')).toBe('2027-03-01');
    expect(dutchDateToIso('31.02.2027')).toBe('2027-02-31');
    expect(dutchDateToIso('15 maart')).toBe('15 maart');
    expect(isoToDutchDate('2027-03-15')).toBe('15-03-2027');
    expect(isoToDutchDate('')).toBe('');
  });

  it('gives every message at once, and none for input that is not an object at all', () => {
    const messages = (input: unknown) =>
      meetingRecordInputSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];
    const input = {
      planId: 1,
      heldOn: '2027-03-15',
      withWhom: 'Jan',
      outcome: '',
      agreements: [],
      nextMeeting: '2027-03-01',
    };
    expect(messages(input)).toEqual([
      'Kies de uitkomst van het gesprek: voor gezien, voor akkoord of aangepast.',
      meetingMessages.nextBeforeHeld,
    ]);
    // With the held date itself wrong, the order of the two dates is not judged.
    expect(messages({ ...input, heldOn: '2027-02-30' })).toContain(meetingMessages.impossibleDate);
    expect(messages({ ...input, heldOn: '2027-02-30' })).not.toContain(meetingMessages.nextBeforeHeld);
    expect(messages(null)).toHaveLength(1);
    expect(messages({ ...input, extra: 1 })).not.toContain(meetingMessages.nextBeforeHeld);
  });
});
