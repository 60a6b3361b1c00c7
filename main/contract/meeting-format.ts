/**
 * How a recorded meeting reads in one line, the same on screen and in every PDF:
 * "Besproken op 15 maart 2027 met Şükrü Öztürk, voor akkoord". Pure Intl; the formatter is
 * made on first use (see once.ts).
 */
import type { MeetingOutcome } from './meeting-channels';
import { meetingOutcomeLabels } from './meeting-channels';
import { once } from './once';

// A calendar date has no time zone: read and written in UTC so it never shifts a day.
const calendarDate = once(
  () => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);

/** "2027-03-15" → "15 maart 2027"; '' stays ''. */
export function formatMeetingDate(isoDate: string): string {
  return isoDate === '' ? '' : calendarDate().format(new Date(`${isoDate}T00:00:00Z`));
}

/** "Besproken op 15 maart 2027 met Şükrü Öztürk, voor akkoord" (without "met …" when no name is known). */
export function meetingSummary(meeting: { heldOn: string; withWhom: string; outcome: MeetingOutcome }): string {
  const name = meeting.withWhom.trim();
  const withWhom = name === '' ? '' : ` met ${name}`;
  return `Besproken op ${formatMeetingDate(meeting.heldOn)}${withWhom}, ${meetingOutcomeLabels[meeting.outcome]}`;
}

/** "Volgend gesprek of evaluatie op 1 september 2027", or '' when none is planned. */
export function nextMeetingLine(nextMeeting: string): string {
  return nextMeeting === '' ? '' : `Volgend gesprek of evaluatie op ${formatMeetingDate(nextMeeting)}`;
}
