import { call } from '../../api/client';
import type { PopOpShared } from './pop-op-shared';
import type { GetState, PopOpState, SetState } from './pop-op-state';

type FactorSlice = Pick<PopOpState, 'addFactor' | 'changeFactor' | 'removeFactor'>;

/** Kansen and bedreigingen: add, edit (autosaved per item), remove. */
export function createFactorSlice(set: SetState, get: GetState, shared: PopOpShared): FactorSlice {
  const { saver, updatePlan, updateFactors, step } = shared;
  return {
    addFactor: (kind) =>
      step(async () => {
        const plan = get().plan;
        if (!plan) return undefined;
        const result = await call('popOp.factors.add', { planId: plan.id, kind });
        if (!result.ok) return result.error.message;
        const list = kind === 'kans' ? 'kansen' : 'bedreigingen';
        updatePlan((current) => ({ ...current, [list]: [...current[list], result.value] }));
        set({ focusFactorId: result.value.id });
        return undefined;
      }),

    changeFactor(factorId, text) {
      updateFactors((factors) => factors.map((factor) => (factor.id === factorId ? { ...factor, text } : factor)));
      saver.push(`factor:${factorId}`, { kind: 'factor', factorId, text });
    },

    removeFactor: (factorId) =>
      step(async () => {
        await saver.flush();
        const result = await call('popOp.factors.remove', { factorId });
        if (!result.ok) return result.error.message;
        saver.discard(`factor:${factorId}`);
        updateFactors((factors) => factors.filter((factor) => factor.id !== factorId));
        return undefined;
      }),
  };
}
