import { call } from '../../api/client';
import type { GetState, SelfAnalysisState, SetState } from './self-analysis-state';

type HistorySlice = Pick<SelfAnalysisState, 'loadHistory' | 'compare'>;

/** All runs over time: the list with the trend per theme, and comparing two runs. */
export function createHistorySlice(set: SetState, get: GetState): HistorySlice {
  return {
    async loadHistory() {
      await get().flush();
      const [runs, trend] = await Promise.all([
        call('selfAnalysis.list', undefined),
        call('selfAnalysis.trend', undefined),
      ]);
      if (!runs.ok) return set({ loadError: runs.error.message });
      if (!trend.ok) return set({ loadError: trend.error.message });
      set({ runs: runs.value, trend: trend.value, loadError: undefined });
    },

    async compare(baseRunId, otherRunId) {
      set({ comparison: undefined });
      const result = await call('selfAnalysis.compare', { baseRunId, otherRunId });
      if (result.ok) set({ comparison: result.value, loadError: undefined });
      else set({ loadError: result.error.message });
    },
  };
}
