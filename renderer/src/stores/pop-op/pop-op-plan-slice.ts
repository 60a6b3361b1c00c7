import { call } from '../../api/client';
import type { PopOpShared } from './pop-op-shared';
import type { GetState, PopOpState, SetState } from './pop-op-state';

type PlanSlice = Pick<PopOpState, 'openPlan' | 'changePlanField' | 'flushAll'>;

/** The plan on screen: opening it, editing its text fields (autosaved) and writing what is pending. */
export function createPlanSlice(set: SetState, get: GetState, shared: PopOpShared): PlanSlice {
  const { saver, updatePlan } = shared;
  return {
    async openPlan(planId) {
      await get().flushAll();
      if (get().plan?.id !== planId) {
        // Leaving a plan with fields that are not saved was asked about first (leave-question).
        saver.discard();
        set({ plan: undefined, fieldErrors: {}, saveStates: {} });
      }
      set({ error: undefined, exported: undefined });
      const result = await call('popOp.get', { planId });
      if (result.ok) set({ plan: result.value, loadError: undefined });
      else set({ loadError: result.error.message });
    },

    changePlanField(key, value) {
      const plan = get().plan;
      if (!plan) return;
      updatePlan((current) => ({ ...current, [key]: value }));
      saver.push(`plan.${key}`, { kind: 'plan', planId: plan.id, key, value });
    },

    flushAll: () => saver.flush(),
  };
}
