import { longText } from '../../../../main/contract/limits';
import { call } from '../../api/client';
import { asSaveResult, contractMessage, type PopOpShared } from './pop-op-shared';
import type { GetState, PopOpState, SetState } from './pop-op-state';

type FactorSlice = Pick<PopOpState, 'addFactor' | 'changeFactor' | 'removeFactor'>;

/** Kansen and bedreigingen: add, edit (autosaved per item), remove. */
export function createFactorSlice(set: SetState, get: GetState, shared: PopOpShared): FactorSlice {
  const { savers, setFieldError, saverFor, updatePlan, updateFactors, step } = shared;
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
      const message = contractMessage(longText, text);
      setFieldError(`factor:${factorId}`, message);
      if (message) return;
      saverFor(`factor:${factorId}`, async (patch) =>
        asSaveResult(await call('popOp.factors.update', { factorId, text: String(patch.text ?? '') })),
      ).push({ text });
    },

    removeFactor: (factorId) =>
      step(async () => {
        await savers.get(`factor:${factorId}`)?.flush();
        const result = await call('popOp.factors.remove', { factorId });
        if (!result.ok) return result.error.message;
        savers.delete(`factor:${factorId}`);
        updateFactors((factors) => factors.filter((factor) => factor.id !== factorId));
        return undefined;
      }),
  };
}
