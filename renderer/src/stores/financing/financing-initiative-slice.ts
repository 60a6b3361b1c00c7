import { call } from '../../api/client';
import type { Autosaver } from '../../lib/autosaver';
import type { AdviceRefresher } from './financing-advice';
import { patchFields, withPatch } from './financing-fields';
import type { FinancingState, GetState, SetState } from './financing-state';

type InitiativeSlice = Pick<FinancingState, 'open' | 'change' | 'flush' | 'exportPdf'>;

/** The open initiative: open it, change it (autosaved per field), export its PDFs. */
export function createInitiativeSlice(
  set: SetState,
  get: GetState,
  autosaver: Autosaver<unknown>,
  { refreshAdvice, refreshVerdict }: AdviceRefresher,
): InitiativeSlice {
  return {
    async open(id) {
      if (get().current?.id === id) return;
      await autosaver.flush();
      set({ current: undefined, advice: undefined, verdict: undefined, delivery: undefined, previousRanks: {} });
      const result = await call('financing.get', { id });
      if (!result.ok) return set({ loadError: result.error.message });
      set({ current: result.value, loadError: undefined, actionError: undefined });
      await Promise.all([refreshAdvice(false), refreshVerdict()]);
    },
    change(patch) {
      const current = get().current;
      if (!current) return;
      set({ current: withPatch(current, patch), delivery: undefined });
      for (const [field, value] of patchFields(current.id, patch)) autosaver.push(field, value);
      if (patch.answers || patch.weights || patch.purposes || patch.amountEuros !== undefined) void refreshAdvice(true);
      if (patch.needs || patch.moneyRole !== undefined) void refreshVerdict();
    },
    flush: () => autosaver.flush(),
    async exportPdf(audience) {
      const current = get().current;
      if (!current) return;
      set({ exporting: audience, delivery: undefined, actionError: undefined });
      await autosaver.flush();
      const result = await call('financing.exportPdf', { id: current.id, audience });
      set(
        result.ok
          ? { exporting: undefined, delivery: result.value }
          : { exporting: undefined, actionError: result.error.message },
      );
    },
  };
}
