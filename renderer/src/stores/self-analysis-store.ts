import { create } from 'zustand';
import { createAnswersSlice } from './self-analysis/answers-slice';
import { createHistorySlice } from './self-analysis/history-slice';
import { createReflectionsSlice } from './self-analysis/reflections-slice';
import { createRunsSlice } from './self-analysis/runs-slice';
import { createSelfAnalysisShared, type SelfAnalysisState } from './self-analysis/self-analysis-state';

/**
 * The Zelfanalyses: runs, answers and reflections autosaved through the contract; scores come
 * from main. Each part is a slice in stores/self-analysis/: runs, answers, reflections, history.
 */
export const useSelfAnalysisStore = create<SelfAnalysisState>((set, get) => {
  const shared = createSelfAnalysisShared(set, get);
  const answers = createAnswersSlice(set, get, shared);
  const reflections = createReflectionsSlice(set, get, shared);
  return {
    questionnaire: undefined,
    runs: undefined,
    moreRuns: false,
    trend: undefined,
    run: undefined,
    suggestions: undefined,
    comparison: undefined,
    loadError: undefined,
    saveStates: {},
    actionError: undefined,
    ...createRunsSlice(set, get, shared),
    ...answers.slice,
    ...reflections.slice,
    ...createHistorySlice(set, get),
    async flush() {
      await Promise.all([answers.saver.flush(), reflections.saver.flush()]);
    },
  };
});
