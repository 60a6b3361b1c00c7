import type { Database } from 'better-sqlite3';
import type { ActionFields, FactorKind, PlanFieldKey, PlanFields, PlanStatus } from '../contract/pop-op-channels';
import { writeTransaction } from './write-transaction';

export interface StoredPlan extends PlanFields {
  id: number;
  status: PlanStatus;
  previousPlanId: number | null;
  previousPlanTitle: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StoredAction extends ActionFields {
  id: number;
  planId: number;
  position: number;
  carriedOverFrom: string | null;
}

export interface StoredFactor {
  id: number;
  planId: number;
  kind: FactorKind;
  text: string;
}

export interface StoredPlanSummary {
  id: number;
  title: string;
  period: string;
  status: PlanStatus;
  updatedAt: string;
  actionCount: number;
  openActionCount: number;
}

/** Column per plan field: the only names ever put into an UPDATE statement. */
const planColumns: Record<PlanFieldKey, string> = {
  title: 'title',
  period: 'period',
  employeeName: 'employee_name',
  jobTitle: 'job_title',
  organisation: 'organisation',
  department: 'department',
  manager: 'manager',
  meetingDate: 'meeting_date',
  nu: 'nu',
  richting: 'richting',
  nodig: 'nodig',
};

const actionColumns: Record<keyof ActionFields, string> = {
  what: 'what',
  withWhom: 'with_whom',
  dueDate: 'due_date',
  status: 'status',
  result: 'result',
  statementId: 'statement_id',
};

const planSelect = `
  SELECT p.id, p.title, p.period, p.status, p.employee_name AS employeeName, p.job_title AS jobTitle,
         p.organisation, p.department, p.manager, p.meeting_date AS meetingDate, p.nu, p.richting, p.nodig,
         p.previous_plan_id AS previousPlanId, prev.title AS previousPlanTitle,
         p.created_at AS createdAt, p.updated_at AS updatedAt
  FROM pop_op_plans p LEFT JOIN pop_op_plans prev ON prev.id = p.previous_plan_id`;

const actionSelect = `
  SELECT a.id, a.plan_id AS planId, a.position, a.what, a.with_whom AS withWhom, a.due_date AS dueDate,
         a.status, a.result, a.statement_id AS statementId, fromPlan.title AS carriedOverFrom
  FROM pop_op_actions a
  LEFT JOIN pop_op_actions fromAction ON fromAction.id = a.carried_from_action_id
  LEFT JOIN pop_op_plans fromPlan ON fromPlan.id = fromAction.plan_id`;

function preparePlanStatements(db: Database) {
  return {
    list: db.prepare<[], StoredPlanSummary>(`
      SELECT p.id, p.title, p.period, p.status, p.updated_at AS updatedAt,
             (SELECT count(*) FROM pop_op_actions a WHERE a.plan_id = p.id) AS actionCount,
             (SELECT count(*) FROM pop_op_actions a WHERE a.plan_id = p.id AND a.status IN ('gepland', 'bezig')) AS openActionCount
      FROM pop_op_plans p ORDER BY p.created_at DESC, p.id DESC`),
    count: db.prepare<[], number>('SELECT count(*) FROM pop_op_plans').pluck(),
    plan: db.prepare<[number], StoredPlan>(`${planSelect} WHERE p.id = ?`),
    insertPlan: db.prepare<[Record<string, unknown>]>(`
      INSERT INTO pop_op_plans (title, period, employee_name, job_title, organisation, department, manager,
                                meeting_date, previous_plan_id, created_at, updated_at)
      VALUES (@title, @period, @employeeName, @jobTitle, @organisation, @department, @manager,
              @meetingDate, @previousPlanId, @now, @now)`),
    removePlan: db.prepare<[number]>('DELETE FROM pop_op_plans WHERE id = ?'),
    touch: db.prepare<[string, number]>('UPDATE pop_op_plans SET updated_at = ? WHERE id = ?'),
    setStatus: db.prepare<[PlanStatus, string, number]>(
      'UPDATE pop_op_plans SET status = ?, updated_at = ? WHERE id = ?',
    ),
  };
}

function prepareActionStatements(db: Database) {
  return {
    actions: db.prepare<[number], StoredAction>(`${actionSelect} WHERE a.plan_id = ? ORDER BY a.position, a.id`),
    action: db.prepare<[number], StoredAction>(`${actionSelect} WHERE a.id = ?`),
    actionCount: db.prepare<[number], number>('SELECT count(*) FROM pop_op_actions WHERE plan_id = ?').pluck(),
    nextActionPosition: db
      .prepare<[number], number>('SELECT coalesce(max(position), 0) + 1 FROM pop_op_actions WHERE plan_id = ?')
      .pluck(),
    insertAction: db.prepare<[Record<string, unknown>]>(`
      INSERT INTO pop_op_actions (plan_id, position, what, with_whom, due_date, status, result, statement_id,
                                  carried_from_action_id, created_at, updated_at)
      VALUES (@planId, @position, @what, @withWhom, @dueDate, @status, @result, @statementId,
              @carriedFromActionId, @now, @now)`),
    removeAction: db.prepare<[number]>('DELETE FROM pop_op_actions WHERE id = ?'),
    setActionPosition: db.prepare<[number, number]>('UPDATE pop_op_actions SET position = ? WHERE id = ?'),
    openActions: db.prepare<[number], StoredAction>(
      `${actionSelect} WHERE a.plan_id = ? AND a.status IN ('gepland', 'bezig') ORDER BY a.position, a.id`,
    ),
  };
}

function prepareFactorStatements(db: Database) {
  return {
    factors: db.prepare<[number], StoredFactor>(
      'SELECT id, plan_id AS planId, kind, text FROM pop_op_factors WHERE plan_id = ? ORDER BY kind, position, id',
    ),
    factor: db.prepare<[number], StoredFactor>(
      'SELECT id, plan_id AS planId, kind, text FROM pop_op_factors WHERE id = ?',
    ),
    factorCount: db
      .prepare<[number, FactorKind], number>('SELECT count(*) FROM pop_op_factors WHERE plan_id = ? AND kind = ?')
      .pluck(),
    insertFactor: db.prepare<[{ planId: number; kind: FactorKind; text: string }]>(`
      INSERT INTO pop_op_factors (plan_id, kind, position, text)
      VALUES (@planId, @kind,
              (SELECT coalesce(max(position), 0) + 1 FROM pop_op_factors WHERE plan_id = @planId AND kind = @kind), @text)`),
    updateFactor: db.prepare<[string, number]>('UPDATE pop_op_factors SET text = ? WHERE id = ?'),
    removeFactor: db.prepare<[number]>('DELETE FROM pop_op_factors WHERE id = ?'),
  };
}

/** Marks a plan as changed; every write to a plan, its actions or its factors calls it. */
type Touch = (planId: number, now: string) => void;

/** The plan itself: its fields, status and life cycle (carried-over actions come along on insert). */
function planPart(
  db: Database,
  statements: ReturnType<typeof preparePlanStatements>,
  actionStatements: ReturnType<typeof prepareActionStatements>,
  touch: Touch,
) {
  return {
    list: (): StoredPlanSummary[] => statements.list.all(),
    count: (): number => statements.count.get() ?? 0,
    plan: (id: number): StoredPlan | undefined => statements.plan.get(id),

    /** Inserts a plan and, carried over from an earlier plan, its actions; all or nothing. */
    insertPlan: writeTransaction(
      db,
      (
        plan: Omit<PlanFields, 'nu' | 'richting' | 'nodig'> & { previousPlanId: number | null },
        carried: readonly StoredAction[],
        now: string,
      ): number => {
        const planId = Number(statements.insertPlan.run({ ...plan, now }).lastInsertRowid);
        carried.forEach((action, index) => {
          actionStatements.insertAction.run({
            ...action,
            planId,
            position: index + 1,
            carriedFromActionId: action.id,
            now,
          });
        });
        return planId;
      },
    ),

    updatePlan: writeTransaction(db, (planId: number, changes: Partial<PlanFields>, now: string): void => {
      const keys = (Object.keys(changes) as PlanFieldKey[]).filter((key) => changes[key] !== undefined);
      if (keys.length > 0) {
        const assignments = keys.map((key) => `${planColumns[key]} = @${key}`).join(', ');
        db.prepare(`UPDATE pop_op_plans SET ${assignments} WHERE id = @planId`).run({ ...changes, planId });
      }
      touch(planId, now);
    }),

    setStatus: (planId: number, status: PlanStatus, now: string): void => {
      statements.setStatus.run(status, now, planId);
    },

    removePlan: (planId: number): void => {
      statements.removePlan.run(planId);
    },
  };
}

/** The plan's actions: reading, adding, editing, removing and reordering. */
function actionPart(db: Database, statements: ReturnType<typeof prepareActionStatements>, touch: Touch) {
  return {
    actions: (planId: number): StoredAction[] => statements.actions.all(planId),
    action: (id: number): StoredAction | undefined => statements.action.get(id),
    actionCount: (planId: number): number => statements.actionCount.get(planId) ?? 0,
    openActions: (planId: number): StoredAction[] => statements.openActions.all(planId),

    insertAction: writeTransaction(db, (planId: number, fields: ActionFields, now: string): number => {
      const position = statements.nextActionPosition.get(planId) ?? 1;
      const id = Number(
        statements.insertAction.run({ ...fields, planId, position, carriedFromActionId: null, now }).lastInsertRowid,
      );
      touch(planId, now);
      return id;
    }),

    updateAction: writeTransaction(db, (action: StoredAction, changes: Partial<ActionFields>, now: string): void => {
      const keys = (Object.keys(changes) as (keyof ActionFields)[]).filter((key) => changes[key] !== undefined);
      if (keys.length > 0) {
        const assignments = keys.map((key) => `${actionColumns[key]} = @${key}`).join(', ');
        db.prepare(`UPDATE pop_op_actions SET ${assignments}, updated_at = @now WHERE id = @id`).run({
          ...changes,
          id: action.id,
          now,
        });
      }
      touch(action.planId, now);
    }),

    removeAction: writeTransaction(db, (action: StoredAction, now: string): void => {
      statements.removeAction.run(action.id);
      touch(action.planId, now);
    }),

    /** Swaps an action with its neighbour; positions are renumbered 1..n so gaps never grow. */
    moveAction: writeTransaction(db, (action: StoredAction, direction: 'up' | 'down', now: string): void => {
      const ordered = statements.actions.all(action.planId);
      const index = ordered.findIndex((candidate) => candidate.id === action.id);
      const target = direction === 'up' ? index - 1 : index + 1;
      if (index < 0 || target < 0 || target >= ordered.length) return;
      const moved = ordered[index];
      const other = ordered[target];
      if (!moved || !other) return;
      ordered[index] = other;
      ordered[target] = moved;
      ordered.forEach((candidate, position) => {
        statements.setActionPosition.run(position + 1, candidate.id);
      });
      touch(action.planId, now);
    }),
  };
}

/** The plan's kansen and bedreigingen. */
function factorPart(db: Database, statements: ReturnType<typeof prepareFactorStatements>, touch: Touch) {
  return {
    factors: (planId: number): StoredFactor[] => statements.factors.all(planId),
    factor: (id: number): StoredFactor | undefined => statements.factor.get(id),
    factorCount: (planId: number, kind: FactorKind): number => statements.factorCount.get(planId, kind) ?? 0,

    insertFactor: writeTransaction(db, (planId: number, kind: FactorKind, text: string, now: string): number => {
      const id = Number(statements.insertFactor.run({ planId, kind, text }).lastInsertRowid);
      touch(planId, now);
      return id;
    }),

    updateFactor: writeTransaction(db, (factor: StoredFactor, text: string, now: string): void => {
      statements.updateFactor.run(text, factor.id);
      touch(factor.planId, now);
    }),

    removeFactor: writeTransaction(db, (factor: StoredFactor, now: string): void => {
      statements.removeFactor.run(factor.id);
      touch(factor.planId, now);
    }),
  };
}

/**
 * The POP-OP aggregate: a plan with its actions and kansen/bedreigingen. Every change also
 * touches the plan's `updated_at`, inside one write transaction.
 */
export function createPopOpRepository(db: Database) {
  const planStatements = preparePlanStatements(db);
  const actionStatements = prepareActionStatements(db);
  const touch: Touch = (planId, now) => {
    planStatements.touch.run(now, planId);
  };
  return {
    ...planPart(db, planStatements, actionStatements, touch),
    ...actionPart(db, actionStatements, touch),
    ...factorPart(db, prepareFactorStatements(db), touch),
  };
}
export type PopOpRepository = ReturnType<typeof createPopOpRepository>;
