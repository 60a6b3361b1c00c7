import type { Database } from 'better-sqlite3';

export interface ReminderPlan {
  planId: number;
  planTitle: string;
  meetingDate: string;
}

export interface ReminderAction {
  planId: number;
  planTitle: string;
  actionId: number;
  what: string;
  dueDate: string;
}

// A plan that a newer plan follows on has handed its open actions over: only the newest of a
// line of plans reminds, or a carried-over action would remind twice.
const currentPlans = 'NOT EXISTS (SELECT 1 FROM pop_op_plans later WHERE later.previous_plan_id = p.id)';

/** What the reminders are made of: meeting dates and open actions with a deadline, of current plans. */
export function createPopOpMeetingRemindersRepository(db: Database) {
  const plans = db.prepare<[], ReminderPlan>(`
    SELECT p.id AS planId, p.title AS planTitle, p.meeting_date AS meetingDate
    FROM pop_op_plans p WHERE p.meeting_date <> '' AND ${currentPlans}
    ORDER BY p.meeting_date, p.id`);
  const actions = db.prepare<[string], ReminderAction>(`
    SELECT p.id AS planId, p.title AS planTitle, a.id AS actionId, a.what, a.due_date AS dueDate
    FROM pop_op_actions a JOIN pop_op_plans p ON p.id = a.plan_id
    WHERE a.status IN ('gepland', 'bezig') AND a.due_date <> '' AND a.due_date <= ? AND ${currentPlans}
    ORDER BY a.due_date, p.id, a.position`);
  return {
    plansWithMeetingDate: (): ReminderPlan[] => plans.all(),
    /** Open actions due on or before `lastDay` (YYYY-MM-DD), overdue ones included. */
    openActionsDueBy: (lastDay: string): ReminderAction[] => actions.all(lastDay),
  };
}
export type PopOpMeetingRemindersRepository = ReturnType<typeof createPopOpMeetingRemindersRepository>;
