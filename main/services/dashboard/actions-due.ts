import type { DueAction } from '../../contract/dashboard-channels';
import type { PlanAction } from '../../contract/pop-op-channels';
import { addDays, reminderWindowDays } from '../pop-op/meeting-reminders';

/**
 * The open actions of a plan (gepland or bezig) whose date has passed or falls within two
 * weeks of `today` (`YYYY-MM-DD`), soonest first. Done or dropped actions and actions without
 * a date are never due. The same window and calendar arithmetic as POP-OP's reminders
 * (`computeReminders`); this one reads the plan Start already has, not every plan's rows.
 */
export function actionsDueSoon(planId: number, actions: readonly PlanAction[], today: string): DueAction[] {
  const horizon = addDays(today, reminderWindowDays);
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
