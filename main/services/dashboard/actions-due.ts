import type { DueAction } from '../../contract/dashboard-channels';
import type { PlanAction } from '../../contract/pop-op-channels';

/** How far ahead the start screen looks for actions that are due. */
export const dueSoonDays = 14;

/** The calendar date `YYYY-MM-DD` of a moment on this computer's clock (the user's own day, not UTC's). */
export function localCalendarDate(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** `date` (`YYYY-MM-DD`) plus `days` calendar days. */
function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

/**
 * The open actions of a plan (gepland or bezig) whose date has passed or falls within two
 * weeks of `today`, soonest first. Done or dropped actions and actions without a date are
 * never due. (POP-OP's own reminders may replace this query when both exist.)
 */
export function actionsDueSoon(planId: number, actions: readonly PlanAction[], today: string): DueAction[] {
  const horizon = addDays(today, dueSoonDays);
  return actions
    .filter((action) => (action.status === 'gepland' || action.status === 'bezig') && action.dueDate !== '')
    .filter((action) => action.dueDate <= horizon)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id)
    .map((action) => ({
      actionId: action.id,
      planId,
      what: action.what,
      dueDate: action.dueDate,
      overdue: action.dueDate < today,
    }));
}
