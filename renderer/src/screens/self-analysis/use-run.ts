import { useEffect } from 'react';
import { useSelfAnalysisStore } from '../../stores/self-analysis-store';

/** Loads the questionnaire and the run with this id; returns them once both are there. */
export function useRun(runId: number) {
  const run = useSelfAnalysisStore((state) => state.run);
  const questionnaire = useSelfAnalysisStore((state) => state.questionnaire);
  const loadError = useSelfAnalysisStore((state) => state.loadError);
  useEffect(() => {
    const store = useSelfAnalysisStore.getState();
    void store.loadQuestionnaire();
    void store.openRun(runId);
  }, [runId]);
  const ready = run?.id === runId && questionnaire !== undefined;
  return { run: ready ? run : undefined, questionnaire: ready ? questionnaire : undefined, loadError };
}
