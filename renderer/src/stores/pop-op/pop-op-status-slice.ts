import { call } from '../../api/client';
import type { PopOpShared } from './pop-op-shared';
import type { GetState, PopOpState, SetState } from './pop-op-state';

type PlanStatusSlice = Pick<PopOpState, 'setStatus' | 'exportFile'>;

/** What is done with a whole plan: setting its status (which may store a version) and exporting it (PDF or Word). */
export function createPlanStatusSlice(set: SetState, get: GetState, shared: PopOpShared): PlanStatusSlice {
  const { updatePlan, step } = shared;
  return {
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

    exportFile: (format, includeProfile) =>
      step(async () => {
        const plan = get().plan;
        if (!plan) return undefined;
        set({ exported: undefined });
        await get().flushAll();
        const channel = format === 'pdf' ? 'popOp.export' : 'popOp.exportDocx';
        const result = await call(channel, { planId: plan.id, includeProfile });
        if (!result.ok) return result.error.message;
        set({ exported: result.value });
        return undefined;
      }),
  };
}
