import { create } from 'zustand';
import type { DashboardSummary } from '../../../main/contract/dashboard-channels';
import { call } from '../api/client';

interface DashboardState {
  summary: DashboardSummary | undefined;
  loadError: string | undefined;
  /** Asks main for the start screen's summary (each visit of Start: it changes as the user works). */
  load(): Promise<void>;
}

/** The start screen: one summary from main of where the user is in the workbook. */
export const useDashboardStore = create<DashboardState>((set) => ({
  summary: undefined,
  loadError: undefined,
  async load() {
    const result = await call('dashboard.summary', undefined);
    if (result.ok) set({ summary: result.value, loadError: undefined });
    else set({ loadError: result.error.message });
  },
}));
