import type { Database } from 'better-sqlite3';
import type { Profile } from '../../contract/app-channels';
import { UserFacingError } from '../../contract/envelope';
import type { GuideContent } from '../../contract/guide-content';
import {
  type ActionFields,
  type FactorKind,
  type Plan,
  type PlanAction,
  type PlanFields,
  type PlanMeta,
  type PlanStatus,
  type PlanSummary,
  planSnapshotSchema,
  popOpLimits,
  type VersionSummary,
} from '../../contract/pop-op-channels';
import { createPopOpRepository, type StoredAction } from '../../db/pop-op-repository';
import { createPopOpVersionsRepository } from '../../db/pop-op-versions-repository';
import { writeTransaction } from '../../db/write-transaction';
import { compareSnapshots } from './compare-versions';
import { followUpPlanFields, freshPlanFields } from './new-plan';
import { contentKey, isEmptyPlan, snapshotOf } from './plan-snapshot';
import { popOpTemplateView, statementTexts } from './pop-op-template';

const messages = {
  planNotFound: 'Dit POP-OP bestaat niet (meer). Kies een plan uit de lijst.',
  actionNotFound: 'Deze actie bestaat niet (meer). Misschien is ze al verwijderd.',
  factorNotFound: 'Deze kans of bedreiging bestaat niet (meer). Misschien is ze al verwijderd.',
  versionNotFound: 'Deze versie bestaat niet (meer).',
  unknownStatement: 'Deze stelling staat niet in de zelfanalyse. Kies een andere stelling.',
  tooManyPlans: `Je hebt al ${popOpLimits.plans} POP-OP’s. Verwijder eerst een oud plan.`,
  tooManyActions: `Een POP-OP heeft maximaal ${popOpLimits.actions} acties. Verwijder acties die je niet meer nodig hebt, of begin een nieuw plan.`,
  tooManyFactors: (kind: FactorKind) =>
    `Je kunt maximaal ${popOpLimits.factorsPerKind} ${kind === 'kans' ? 'kansen' : 'bedreigingen'} noteren.`,
  emptyPlan:
    'Dit POP-OP is nog leeg. Schrijf eerst op waar je staat, waar je naartoe wilt of wat je gaat doen. Daarna kun je het als besproken of vastgesteld markeren.',
  damagedVersion: 'Deze versie is beschadigd en kan niet worden getoond.',
};

const emptyAction: ActionFields = {
  what: '',
  withWhom: '',
  dueDate: '',
  status: 'gepland',
  result: '',
  statementId: null,
};

/**
 * The POP-OP application logic: plans prefilled from the profile, actions carried over from
 * the previous plan, versions stored when a plan is discussed or agreed, comparisons.
 */
export function createPopOpService(options: {
  db: Database;
  guide: () => GuideContent;
  profile: () => Profile;
  now?: () => Date;
}) {
  const plans = createPopOpRepository(options.db);
  const versions = createPopOpVersionsRepository(options.db);
  const clock = options.now ?? (() => new Date());
  const timestamp = () => clock().toISOString();

  let statements: Map<string, string> | undefined;
  const statementText = (id: string | null) => {
    if (id === null) return null;
    statements ??= statementTexts(options.guide());
    return statements.get(id) ?? null;
  };
  const requireKnownStatement = (id: string | null | undefined) => {
    if (id !== undefined && id !== null && statementText(id) === null) {
      throw new UserFacingError('invalid-input', messages.unknownStatement);
    }
  };

  const toAction = (stored: StoredAction): PlanAction => ({
    id: stored.id,
    what: stored.what,
    withWhom: stored.withWhom,
    dueDate: stored.dueDate,
    status: stored.status,
    result: stored.result,
    statementId: stored.statementId,
    statementText: statementText(stored.statementId),
    carriedOverFrom: stored.carriedOverFrom,
  });

  const requirePlan = (planId: number) => {
    const plan = plans.plan(planId);
    if (!plan) throw new UserFacingError('not-found', messages.planNotFound);
    return plan;
  };
  const requireAction = (actionId: number) => {
    const action = plans.action(actionId);
    if (!action) throw new UserFacingError('not-found', messages.actionNotFound);
    return action;
  };
  const requireFactor = (factorId: number) => {
    const factor = plans.factor(factorId);
    if (!factor) throw new UserFacingError('not-found', messages.factorNotFound);
    return factor;
  };

  function get(planId: number): Plan {
    const { previousPlanId, previousPlanTitle, ...stored } = requirePlan(planId);
    const factors = plans.factors(planId).map(({ id, kind, text }) => ({ id, kind, text }));
    const planVersions: VersionSummary[] = versions
      .list(planId)
      .map(({ id, number, status, createdAt }) => ({ id, number, status, createdAt }));
    const plan: Plan = {
      ...stored,
      previousPlan: previousPlanId !== null ? { id: previousPlanId, title: previousPlanTitle ?? '' } : null,
      actions: plans.actions(planId).map(toAction),
      kansen: factors.filter((factor) => factor.kind === 'kans'),
      bedreigingen: factors.filter((factor) => factor.kind === 'bedreiging'),
      versions: planVersions,
      changedSinceLastVersion: true,
    };
    const latest = versions.latest(planId);
    const latestSnapshot = latest ? planSnapshotSchema.safeParse(JSON.parse(latest.snapshot)) : undefined;
    plan.changedSinceLastVersion =
      !latestSnapshot?.success || contentKey(latestSnapshot.data) !== contentKey(snapshotOf(plan));
    return plan;
  }

  function storedVersion(versionId: number) {
    const version = versions.get(versionId);
    if (!version) throw new UserFacingError('not-found', messages.versionNotFound);
    const snapshot = planSnapshotSchema.safeParse(JSON.parse(version.snapshot));
    if (!snapshot.success) throw new UserFacingError('data-file', messages.damagedVersion);
    const summary: VersionSummary = {
      id: version.id,
      number: version.number,
      status: version.status,
      createdAt: version.createdAt,
    };
    return { planId: version.planId, version: summary, snapshot: snapshot.data };
  }

  return {
    template: () => popOpTemplateView(options.guide()),

    list: (): PlanSummary[] => plans.list(),

    get,

    /** A new plan: fresh for this year, or following on `fromPlanId` with its open actions carried over. */
    create(fromPlanId?: number): Plan {
      if (plans.count() >= popOpLimits.plans) throw new UserFacingError('too-large', messages.tooManyPlans);
      const now = timestamp();
      if (fromPlanId === undefined) {
        const id = plans.insertPlan({ ...freshPlanFields(options.profile(), clock()), previousPlanId: null }, [], now);
        return get(id);
      }
      const previous = requirePlan(fromPlanId);
      const fields = followUpPlanFields(options.profile(), previous);
      const id = plans.insertPlan({ ...fields, previousPlanId: previous.id }, plans.openActions(previous.id), now);
      return get(id);
    },

    /** Saves changed fields and answers with the plan's status and versions, so the editor need not fetch the plan again. */
    update(planId: number, changes: Partial<PlanFields>): PlanMeta {
      requirePlan(planId);
      plans.updatePlan(planId, changes, timestamp());
      const { status, updatedAt, versions: planVersions, changedSinceLastVersion } = get(planId);
      return { status, updatedAt, versions: planVersions, changedSinceLastVersion };
    },

    remove(planId: number): void {
      requirePlan(planId);
      plans.removePlan(planId);
    },

    /** Marking a plan besproken or vastgesteld stores a numbered snapshot with today's date. */
    setStatus(planId: number, status: PlanStatus): Plan {
      const plan = get(planId);
      const now = timestamp();
      if (status === 'concept') {
        plans.setStatus(planId, status, now);
        return get(planId);
      }
      const snapshot = { ...snapshotOf(plan), status };
      if (isEmptyPlan(snapshot)) throw new UserFacingError('invalid-input', messages.emptyPlan);
      writeTransaction(options.db, () => {
        plans.setStatus(planId, status, now);
        versions.insert(planId, status, snapshot, now);
      })();
      return get(planId);
    },

    addAction(planId: number, fields: Partial<ActionFields> = {}): PlanAction {
      requirePlan(planId);
      requireKnownStatement(fields.statementId);
      if (plans.actionCount(planId) >= popOpLimits.actions) {
        throw new UserFacingError('too-large', messages.tooManyActions);
      }
      const id = plans.insertAction(planId, { ...emptyAction, ...fields }, timestamp());
      return toAction(requireAction(id));
    },

    updateAction(actionId: number, changes: Partial<ActionFields>): PlanAction {
      const action = requireAction(actionId);
      requireKnownStatement(changes.statementId);
      plans.updateAction(action, changes, timestamp());
      return toAction(requireAction(actionId));
    },

    removeAction(actionId: number): void {
      plans.removeAction(requireAction(actionId), timestamp());
    },

    moveAction(actionId: number, direction: 'up' | 'down'): PlanAction[] {
      const action = requireAction(actionId);
      plans.moveAction(action, direction, timestamp());
      return plans.actions(action.planId).map(toAction);
    },

    addFactor(planId: number, kind: FactorKind, text = '') {
      requirePlan(planId);
      if (plans.factorCount(planId, kind) >= popOpLimits.factorsPerKind) {
        throw new UserFacingError('too-large', messages.tooManyFactors(kind));
      }
      const id = plans.insertFactor(planId, kind, text, timestamp());
      return { id, kind, text };
    },

    updateFactor(factorId: number, text: string) {
      const factor = requireFactor(factorId);
      plans.updateFactor(factor, text, timestamp());
      return { id: factor.id, kind: factor.kind, text };
    },

    removeFactor(factorId: number): void {
      plans.removeFactor(requireFactor(factorId), timestamp());
    },

    version: storedVersion,

    /** The stored version next to the plan as it is now. */
    compare(versionId: number) {
      const { planId, version, snapshot } = storedVersion(versionId);
      return compareSnapshots(version, snapshot, snapshotOf(get(planId)));
    },
  };
}
export type PopOpService = ReturnType<typeof createPopOpService>;
