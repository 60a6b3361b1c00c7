import { create } from 'zustand';
import { initiativePatchSchema } from '../../../main/contract/financing-channels';
import { call } from '../api/client';
import { createAutosaver } from '../lib/autosaver';
import { contractMessage, saveResultOf } from '../lib/save-result';
import { createAdviceRefresher } from './financing/financing-advice';
import { patchOf } from './financing/financing-fields';
import { createInitiativeSlice } from './financing/financing-initiative-slice';
import { createListSlice } from './financing/financing-list-slice';
import type { FinancingState } from './financing/financing-state';

export type { PdfAudience } from './financing/financing-state';

/**
 * Financieringshulp: the list, the open initiative (autosaved per field) and the advice main
 * computes for it. Each part lives in its own file (stores/financing/).
 */
export const useFinancingStore = create<FinancingState>((set, get) => {
  const autosaver = createAutosaver<unknown>({
    delayMs: 400,
    validate: (field, value) => contractMessage(initiativePatchSchema, patchOf(field, value).patch),
    save: async (field, value) => saveResultOf(await call('financing.update', patchOf(field, value))),
    onChange: (field, state) => set((current) => ({ saveStates: { ...current.saveStates, [field]: state } })),
  });
  return {
    model: undefined,
    list: undefined,
    current: undefined,
    advice: undefined,
    previousRanks: {},
    verdict: undefined,
    loadError: undefined,
    actionError: undefined,
    saveStates: {},
    exporting: undefined,
    delivery: undefined,
    ...createListSlice(set, get, autosaver),
    ...createInitiativeSlice(set, get, autosaver, createAdviceRefresher(set, get)),
  };
});
