import { call } from '../../api/client';
import type { GetState, SetState } from './financing-state';

export interface AdviceRefresher {
  /** Asks main for the ranking of the open initiative; `markMoves` keeps the old ranks to show what moved. */
  refreshAdvice(markMoves: boolean): Promise<void>;
  /** Asks main whether money is the right help for the open initiative. */
  refreshVerdict(): Promise<void>;
}

/** Advice and verdict for the open initiative, recomputed by main after each relevant change. */
export function createAdviceRefresher(set: SetState, get: GetState): AdviceRefresher {
  // Answers to advice requests may arrive out of order; only the newest one counts.
  let adviceRequest = 0;
  let verdictRequest = 0;

  return {
    async refreshAdvice(markMoves) {
      const current = get().current;
      if (!current) return;
      const request = ++adviceRequest;
      const before = get().advice;
      const result = await call('financing.advise', {
        answers: current.answers,
        weights: current.weights,
        purposes: current.purposes,
        amountEuros: current.amountEuros,
      });
      if (request !== adviceRequest) return;
      if (!result.ok) return set({ actionError: result.error.message });
      const previousRanks =
        markMoves && before?.status === 'ranked'
          ? Object.fromEntries(before.ranking.map((form) => [form.formId, form.rank]))
          : {};
      set({ advice: result.value, previousRanks });
    },

    async refreshVerdict() {
      const current = get().current;
      if (!current) return;
      const request = ++verdictRequest;
      const result = await call('financing.verdict', { needs: current.needs, moneyRole: current.moneyRole });
      if (request !== verdictRequest) return;
      set(result.ok ? { verdict: result.value } : { actionError: result.error.message });
    },
  };
}
