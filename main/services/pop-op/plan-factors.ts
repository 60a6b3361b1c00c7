import { UserFacingError } from '../../contract/envelope';
import { type FactorKind, popOpLimits } from '../../contract/pop-op-channels';
import type { PlanReader } from './plan-reader';
import { popOpMessages as messages } from './pop-op-messages';

/** The kansen and bedreigingen of a plan: at most `popOpLimits.factorsPerKind` of each. */
export function createPlanFactors(reader: PlanReader) {
  const { plans, timestamp } = reader;
  const requireFactor = (factorId: number) => {
    const factor = plans.factor(factorId);
    if (!factor) throw new UserFacingError('not-found', messages.factorNotFound);
    return factor;
  };
  return {
    addFactor(planId: number, kind: FactorKind, text = '') {
      reader.requirePlan(planId);
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
  };
}
