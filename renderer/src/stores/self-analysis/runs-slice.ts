import { call } from '../../api/client';
import type { GetState, SelfAnalysisShared, SelfAnalysisState, SetState } from './self-analysis-state';

type RunsSlice = Pick<SelfAnalysisState, 'loadQuestionnaire' | 'openRun' | 'start' | 'rename' | 'remove'>;

/** One run: the questionnaire, opening, starting, renaming and removing it. */
export function createRunsSlice(set: SetState, get: GetState, shared: SelfAnalysisShared): RunsSlice {
  const { withRun, edits } = shared;
  const flush = () => get().flush();
  return {
    async loadQuestionnaire() {
      if (get().questionnaire) return;
      const result = await call('selfAnalysis.questionnaire', undefined);
      if (result.ok) set({ questionnaire: result.value });
      else set({ loadError: result.error.message });
    },

    async openRun(runId) {
      await flush();
      if (get().run?.id !== runId) set({ run: undefined, suggestions: undefined });
      const editsBefore = edits.count;
      const result = await call('selfAnalysis.get', { runId });
      if (!result.ok) return set({ run: undefined, loadError: result.error.message });
      const current = get().run;
      if (current?.id === runId && edits.count !== editsBefore) {
        // The user went on typing or clicking while this loaded: their edits win, main's scores are taken.
        const { answers, reflections, marks } = current;
        return set({ run: { ...result.value, answers, reflections, marks }, loadError: undefined });
      }
      set({ run: result.value, loadError: undefined });
    },

    async start(scope) {
      await flush();
      const result = await call('selfAnalysis.start', { scope });
      if (!result.ok) {
        set({ loadError: result.error.message });
        return undefined;
      }
      set({ run: result.value, runs: undefined, loadError: undefined });
      return result.value.id;
    },

    async rename(name) {
      const run = get().run;
      if (!run) return false;
      const result = await call('selfAnalysis.rename', { runId: run.id, name });
      if (!result.ok) {
        set({ actionError: result.error.message });
        return false;
      }
      withRun(run.id, () => ({ name: result.value.name, updatedAt: result.value.updatedAt }));
      set({ actionError: undefined, runs: undefined });
      return true;
    },

    async remove() {
      const run = get().run;
      if (!run) return false;
      await flush();
      const result = await call('selfAnalysis.delete', { runId: run.id });
      if (!result.ok) {
        set({ actionError: result.error.message });
        return false;
      }
      set({ run: undefined, runs: undefined, suggestions: undefined, actionError: undefined });
      return true;
    },
  };
}
