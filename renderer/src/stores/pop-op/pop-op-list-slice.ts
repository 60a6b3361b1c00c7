import { call } from '../../api/client';
import type { PopOpShared } from './pop-op-shared';
import type { GetState, PopOpState, SetState } from './pop-op-state';

type PlanListSlice = Pick<PopOpState, 'loadTemplate' | 'togglePrompts' | 'loadList' | 'createPlan' | 'removePlan'>;

/** The plan list and the template every plan is filled in from: loading, creating and removing plans. */
export function createPlanListSlice(set: SetState, get: GetState, shared: PopOpShared): PlanListSlice {
  const { step } = shared;
  return {
    togglePrompts: (questionId) =>
      set((current) => ({
        hiddenPrompts: { ...current.hiddenPrompts, [questionId]: !current.hiddenPrompts[questionId] },
      })),

    async loadTemplate() {
      if (get().template) return;
      const result = await call('popOp.template', undefined);
      if (result.ok) set({ template: result.value });
      else set({ loadError: result.error.message });
    },

    async loadList() {
      await get().flushAll();
      const result = await call('popOp.list', undefined);
      if (result.ok) set({ plans: result.value, loadError: undefined });
      else set({ loadError: result.error.message });
    },

    async createPlan(fromPlanId) {
      let created: number | undefined;
      await step(async () => {
        const result = await call('popOp.create', fromPlanId === undefined ? {} : { fromPlanId });
        if (!result.ok) return result.error.message;
        created = result.value.id;
        return undefined;
      });
      return created;
    },

    removePlan: (planId) =>
      step(async () => {
        const result = await call('popOp.remove', { planId });
        if (!result.ok) return result.error.message;
        set((current) => ({ plans: current.plans?.filter((plan) => plan.id !== planId) }));
        return undefined;
      }),
  };
}
