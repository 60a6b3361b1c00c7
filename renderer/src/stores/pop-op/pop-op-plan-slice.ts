import { call } from '../../api/client';
import type { PopOpShared } from './pop-op-shared';
import type { GetState, PopOpState, SetState } from './pop-op-state';

type PlanSlice = Pick<
  PopOpState,
  | 'loadTemplate'
  | 'togglePrompts'
  | 'loadList'
  | 'openPlan'
  | 'createPlan'
  | 'removePlan'
  | 'changePlanField'
  | 'setStatus'
  | 'exportPdf'
  | 'flushAll'
>;

/** The plan list and the plan itself: opening, creating, removing, its text fields, status and PDF. */
export function createPlanSlice(set: SetState, get: GetState, shared: PopOpShared): PlanSlice {
  const { saver, updatePlan, step } = shared;
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

    changePlanField(key, value) {
      const plan = get().plan;
      if (!plan) return;
      updatePlan((current) => ({ ...current, [key]: value }));
      saver.push(`plan.${key}`, { kind: 'plan', planId: plan.id, key, value });
    },

    setStatus: (status) =>
      step(async () => {
        const plan = get().plan;
        if (!plan) return undefined;
        await get().flushAll();
        const result = await call('popOp.setStatus', { planId: plan.id, status });
        if (!result.ok) return result.error.message;
        updatePlan((current) => ({
          ...current,
          status: result.value.status,
          versions: result.value.versions,
          changedSinceLastVersion: result.value.changedSinceLastVersion,
        }));
        return undefined;
      }),

    exportPdf: (includeProfile) =>
      step(async () => {
        const plan = get().plan;
        if (!plan) return undefined;
        set({ exported: undefined });
        await get().flushAll();
        const result = await call('popOp.export', { planId: plan.id, includeProfile });
        if (!result.ok) return result.error.message;
        set({ exported: result.value });
        return undefined;
      }),

    flushAll: () => saver.flush(),
  };
}
