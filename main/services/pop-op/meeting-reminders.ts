import type { Reminder } from '../../contract/meeting-channels';
import { formatMeetingDate } from '../../contract/meeting-format';
import type { ReminderAction, ReminderPlan } from '../../db/pop-op-meeting-reminders-repository';

/** How far ahead a deadline starts to remind: two weeks. */
export const reminderWindowDays = 14;

const dayMs = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` lies before `from`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** `YYYY-MM-DD` plus `days` days. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

const dagen = (count: number) => `${count} ${count === 1 ? 'dag' : 'dagen'}`;

/** "Gesprek over 12 dagen (15 maart 2027)"; a date passed without a record asks for one. */
export function meetingReminderText(daysUntil: number, date: string): string {
  const day = formatMeetingDate(date);
  if (daysUntil < 0) return `Gesprek van ${day} is geweest: leg de uitkomst vast`;
  if (daysUntil === 0) return `Gesprek vandaag (${day})`;
  if (daysUntil === 1) return `Gesprek morgen (${day})`;
  return `Gesprek over ${dagen(daysUntil)} (${day})`;
}

/** The first line of an action, cut to 60 characters, so a reminder stays one line. */
function actionName(what: string): string {
  const line = what.trim().split('\n')[0]?.trim() ?? '';
  if (line === '') return 'Actie zonder omschrijving';
  return `Actie “${line.length > 60 ? `${line.slice(0, 59)}…` : line}”`;
}

/** "Actie “Wijkschouw”: deadline verlopen sinds 3 dagen". */
export function actionReminderText(daysUntil: number, what: string): string {
  const name = actionName(what);
  if (daysUntil < 0) return `${name}: deadline verlopen sinds ${dagen(-daysUntil)}`;
  if (daysUntil === 0) return `${name}: deadline vandaag`;
  if (daysUntil === 1) return `${name}: deadline morgen`;
  return `${name}: deadline over ${dagen(daysUntil)}`;
}

/**
 * The reminders of `today`: every current plan's meeting date (coming, or passed without a
 * record), and open actions whose deadline passed or falls within the next two weeks. Soonest
 * first; a meeting before an action on the same day. Pure: the caller reads the rows and the clock.
 */
export function computeReminders(
  today: string,
  plans: readonly ReminderPlan[],
  actions: readonly ReminderAction[],
): Reminder[] {
  const lastDay = addDays(today, reminderWindowDays);
  const meetings = plans.map((plan): Reminder => {
    const daysUntil = daysBetween(today, plan.meetingDate);
    return {
      kind: 'meeting',
      planId: plan.planId,
      planTitle: plan.planTitle,
      date: plan.meetingDate,
      daysUntil,
      text: meetingReminderText(daysUntil, plan.meetingDate),
    };
  });
  const deadlines = actions
    .filter((action) => action.dueDate <= lastDay)
    .map((action): Reminder => {
      const daysUntil = daysBetween(today, action.dueDate);
      return {
        kind: 'action',
        planId: action.planId,
        planTitle: action.planTitle,
        actionId: action.actionId,
        date: action.dueDate,
        daysUntil,
        text: actionReminderText(daysUntil, action.what),
      };
    });
  return [...meetings, ...deadlines].sort(
    (a, b) => a.daysUntil - b.daysUntil || (a.kind === b.kind ? 0 : a.kind === 'meeting' ? -1 : 1),
  );
}
