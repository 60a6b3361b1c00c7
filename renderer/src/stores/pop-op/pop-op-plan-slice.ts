import { type PlanFields, planFieldsSchema } from '../../../../main/contract/pop-op-channels';
import { call } from '../../api/client';
import { asSaveResult, contractMessage, type PopOpShared } from './pop-op-shared';
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
  const { savers, setFieldError, saverFor, updatePlan, step } = shared;
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
      set({ plan: undefined, error: undefined, exported: undefined, fieldErrors: {}, saveStates: {} });
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
      const errorKey = `plan.${key}`;
      const message = contractMessage(planFieldsSchema.shape[key], value);
      setFieldError(errorKey, message);
      if (message) return;
      // One saver per plan: its save function is fixed when it is made, so the id must be in the key.
      saverFor(`plan:${plan.id}`, async (changes) =>
        asSaveResult(await call('popOp.update', { planId: plan.id, changes: changes as Partial<PlanFields> })),
      ).push({ [key]: value });
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

    async flushAll() {
      await Promise.all([...savers.values()].map((saver) => saver.flush()));
    },
  };
}
