/**
 * How the Gespreksvoorbereiding reads in Dutch, shared by the screen, the PDF and the .docx so
 * all three say exactly the same. Pure Intl; the formatters are made on first use (see once.ts).
 */
import { meetingSummary } from './meeting-format';
import { once } from './once';
import { planStatusLabels } from './pop-op-channels';
import type {
  MeetingPreparation,
  PreparationActionChange,
  PreparationFieldChange,
  PreparationTheme,
} from './preparation-channels';
import { formatAverage } from './self-analysis-format';

const calendarDate = once(
  () => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
const shortMomentDate = once(
  () =>
    new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Amsterdam' }),
);

/** "2027-03-15" → "15 maart 2027"; '' stays ''. */
export function formatCalendarDay(date: string): string {
  return date === '' ? '' : calendarDate().format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/**
 * "Besproken op 15 maart 2027 met Şükrü Öztürk, voor akkoord (versie 2)" when the meeting was
 * recorded (the same line as under the POP-OP's title), "Besproken op 12 maart 2027 (versie 2)"
 * for a version frozen by hand, or that there was no meeting yet.
 */
export function lastMeetingLine(preparation: MeetingPreparation): string {
  const last = preparation.lastMeeting;
  if (!last) return 'Nog niet besproken';
  const line = last.record
    ? meetingSummary(last.record)
    : `${planStatusLabels[last.status]} op ${formatCalendarDay(last.heldOn)}`;
  return `${line} (versie ${last.number})`;
}

export function meetingDateLine(preparation: MeetingPreparation): string {
  return formatCalendarDay(preparation.meetingDate) || 'Nog geen datum gekozen';
}

/** The title over the changes: since which version, or that everything is new. */
export function changesHeading(preparation: MeetingPreparation): string {
  const last = preparation.lastMeeting;
  return last
    ? `Wat is er veranderd sinds versie ${last.number} (${formatCalendarDay(last.heldOn)})`
    : 'Wat staat er in je plan (nog niet besproken, dus alles is nieuw)';
}

/** Passages in quotes, one a line, with how many more were left out. */
export function passagesText(passages: readonly string[], more = 0): string {
  const lines = passages.map((passage) => `“${passage}”`);
  if (more > 0) lines.push(more === 1 ? '(en nog 1 wijziging)' : `(en nog ${more} wijzigingen)`);
  return lines.join('\n');
}

/** What was taken out and what was put in, as two cells: old/new value or the changed passages. */
export function fieldChangeCells(field: PreparationFieldChange): { removed: string; added: string } {
  if (field.kind === 'value') return { removed: field.before, added: field.after };
  return { removed: passagesText(field.removed), added: passagesText(field.added, field.moreChanges) };
}

const actionChangeWords: Record<PreparationActionChange['change'], string> = {
  added: 'Nieuw',
  changed: 'Gewijzigd',
  removed: 'Verwijderd',
};

/** "Gewijzigd: Meelopen met de wijkcoach (status: Gepland → Gedaan; wanneer: … → …)". */
export function actionChangeLine(change: PreparationActionChange): string {
  const details = change.details.map((detail) => `${detail.label}: ${detail.before} → ${detail.after}`).join('; ');
  return `${actionChangeWords[change.change]}: ${change.what}${details ? ` (${details})` : ''}`;
}

/** "Nieuwe kans: …", "Weggehaalde bedreiging: …". */
export function factorChangeLine(change: MeetingPreparation['changes']['factors'][number]): string {
  const kind = change.kind === 'kans' ? 'kans' : 'bedreiging';
  return `${change.change === 'added' ? 'Nieuwe' : 'Weggehaalde'} ${kind}: ${change.text}`;
}

/** "2,8 (12 mrt 2027)", or a dash when there is no result. */
export function scoreText(point: { average: number; createdAt: string } | null | undefined): string {
  return point ? `${formatAverage(point.average)} (${shortMomentDate().format(new Date(point.createdAt))})` : '–';
}

/** A theme as a row: title, at the last meeting, now, "sinds vorige keer". */
export function themeCells(theme: PreparationTheme): [string, string, string, string] {
  return [theme.title, scoreText(theme.atLastMeeting), scoreText(theme.since.at(-1)), theme.changeText];
}

/** The bespreekpunten written, numbered as written (an empty point 2 leaves 1 and 3). */
export function writtenTalkingPoints(preparation: MeetingPreparation): { number: number; text: string }[] {
  return preparation.talkingPoints.flatMap((text, index) => (text.trim() === '' ? [] : [{ number: index + 1, text }]));
}
