import { call } from '../../api/client';
import type { GetState, SelfAnalysisState, SetState } from './self-analysis-state';

type HistorySlice = Pick<SelfAnalysisState, 'loadHistory' | 'loadMoreRuns' | 'compare'>;

/** The history shows the newest runs first; more are one click ("Meer laden") away. */
export const historyPageSize = 50;

/**
 * One page of runs from `offset`. Asks one run more than a page, so it knows whether there
 * is a next page without counting every run.
 */
async function runPage(offset: number) {
  const result = await call('selfAnalysis.list', { offset, limit: historyPageSize + 1 });
  if (!result.ok) return result;
  return {
    ok: true as const,
    runs: result.value.slice(0, historyPageSize),
    more: result.value.length > historyPageSize,
  };
}

/** All runs over time: the list (paged) with the trend per theme, and comparing two runs. */
export function createHistorySlice(set: SetState, get: GetState): HistorySlice {
  return {
    async loadHistory() {
      await get().flush();
      const [page, trend] = await Promise.all([runPage(0), call('selfAnalysis.trend', undefined)]);
      if (!page.ok) return set({ loadError: page.error.message });
      if (!trend.ok) return set({ loadError: trend.error.message });
      set({ runs: page.runs, moreRuns: page.more, trend: trend.value, loadError: undefined });
    },

    async loadMoreRuns() {
      const shown = get().runs;
      if (!shown) return;
      const page = await runPage(shown.length);
      if (!page.ok) return set({ loadError: page.error.message });
      // Runs loaded again meanwhile (another screen): append only to the list this page follows on.
      if (get().runs !== shown) return;
      set({ runs: [...shown, ...page.runs], moreRuns: page.more, loadError: undefined });
    },

    async compare(baseRunId, otherRunId) {
      set({ comparison: undefined });
      const result = await call('selfAnalysis.compare', { baseRunId, otherRunId });
      if (result.ok) set({ comparison: result.value, loadError: undefined });
      else set({ loadError: result.error.message });
    },
  };
}
