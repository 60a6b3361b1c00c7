import { UserFacingError } from '../../contract/envelope';
import {
  type Plan,
  type PlanFields,
  type PlanMeta,
  type PlanSummary,
  popOpLimits,
} from '../../contract/pop-op-channels';
import { followUpPlanFields, freshPlanFields } from './new-plan';
import { createPlanActions } from './plan-actions';
import { createPlanFactors } from './plan-factors';
import { createPlanReader, type PopOpServiceOptions } from './plan-reader';
import { createPlanVersions } from './plan-versions';
import { popOpMessages as messages } from './pop-op-messages';
import { popOpTemplateView } from './pop-op-template';

/**
 * The POP-OP application logic: plans prefilled from the profile and their text (here), actions
 * carried over from the previous plan (`plan-actions.ts`), kansen/bedreigingen
 * (`plan-factors.ts`), versions stored when a plan is discussed or agreed and their comparison
 * with the plan now (`plan-versions.ts`).
 */
export function createPopOpService(options: PopOpServiceOptions) {
  const reader = createPlanReader(options);
  const { plans, timestamp, requirePlan, get } = reader;
  return {
    template: () => popOpTemplateView(options.guide()),

    list: (): PlanSummary[] => plans.list(),

    get,

    /** A new plan: fresh for this year, or following on `fromPlanId` with its open actions carried over. */
    create(fromPlanId?: number): Plan {
      if (plans.count() >= popOpLimits.plans) throw new UserFacingError('too-large', messages.tooManyPlans);
      const now = timestamp();
      if (fromPlanId === undefined) {
        const fields = freshPlanFields(options.profile(), reader.clock());
        return get(plans.insertPlan({ ...fields, previousPlanId: null }, [], now));
      }
      const previous = requirePlan(fromPlanId);
      const fields = followUpPlanFields(options.profile(), previous);
      return get(plans.insertPlan({ ...fields, previousPlanId: previous.id }, plans.openActions(previous.id), now));
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

    ...createPlanVersions(reader),
    ...createPlanActions(reader),
    ...createPlanFactors(reader),
  };
}
export type PopOpService = ReturnType<typeof createPopOpService>;
