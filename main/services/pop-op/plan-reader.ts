import type { Profile } from '../../contract/app-channels';
import { UserFacingError } from '../../contract/envelope';
import type { GuideContent } from '../../contract/guide-content';
import { type Plan, type PlanAction, planSnapshotSchema, type VersionSummary } from '../../contract/pop-op-channels';
import type { PopOpRepository, StoredAction, StoredPlan } from '../../db/pop-op-repository';
import type { PopOpVersionsRepository } from '../../db/pop-op-versions-repository';
import { contentKey, snapshotOf } from './plan-snapshot';
import { popOpMessages as messages } from './pop-op-messages';
import { statementTexts } from './pop-op-template';

export interface PopOpServiceOptions {
  plans: PopOpRepository;
  versions: PopOpVersionsRepository;
  /** Runs `work` in one database transaction: a status change and its version are stored together. */
  inTransaction: (work: () => void) => void;
  guide: () => GuideContent;
  profile: () => Profile;
  now?: () => Date;
}

/**
 * What every part of the POP-OP service reads with: the repositories, the clock, the guide's
 * statements (for action links) and a plan as the editor shows it.
 */
export function createPlanReader(options: PopOpServiceOptions) {
  const { plans, versions } = options;
  const clock = options.now ?? (() => new Date());

  let statements: Map<string, string> | undefined;
  const statementText = (id: string | null) => {
    if (id === null) return null;
    statements ??= statementTexts(options.guide());
    return statements.get(id) ?? null;
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

  return {
    options,
    plans,
    versions,
    clock,
    timestamp: () => clock().toISOString(),
    toAction,
    requirePlan,
    /** A statement id an action may link to: none, or one of the self-analysis. */
    requireKnownStatement(id: string | null | undefined) {
      if (id !== undefined && id !== null && statementText(id) === null) {
        throw new UserFacingError('invalid-input', messages.unknownStatement);
      }
    },
    get: (planId: number): Plan => planView(requirePlan(planId), plans, versions, toAction),
  };
}
export type PlanReader = ReturnType<typeof createPlanReader>;

/** The plan with its actions, kansen/bedreigingen and versions, and whether it changed since the latest version. */
function planView(
  { previousPlanId, previousPlanTitle, ...stored }: StoredPlan,
  plans: PopOpRepository,
  versions: PopOpVersionsRepository,
  toAction: (stored: StoredAction) => PlanAction,
): Plan {
  const factors = plans.factors(stored.id).map(({ id, kind, text }) => ({ id, kind, text }));
  const planVersions: VersionSummary[] = versions
    .list(stored.id)
    .map(({ id, number, status, createdAt }) => ({ id, number, status, createdAt }));
  const plan: Plan = {
    ...stored,
    previousPlan: previousPlanId !== null ? { id: previousPlanId, title: previousPlanTitle ?? '' } : null,
    actions: plans.actions(stored.id).map(toAction),
    kansen: factors.filter((factor) => factor.kind === 'kans'),
    bedreigingen: factors.filter((factor) => factor.kind === 'bedreiging'),
    versions: planVersions,
    changedSinceLastVersion: true,
  };
  const latest = versions.latest(stored.id);
  const latestSnapshot = latest ? planSnapshotSchema.safeParse(JSON.parse(latest.snapshot)) : undefined;
  plan.changedSinceLastVersion =
    !latestSnapshot?.success || contentKey(latestSnapshot.data) !== contentKey(snapshotOf(plan));
  return plan;
}
