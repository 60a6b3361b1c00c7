import { call } from '../../api/client';
import { createAutosaver } from '../../lib/autosaver';
import { saveResultOf } from '../../lib/save-result';
import type { GetState, SelfAnalysisShared, SelfAnalysisState, SetState } from './self-analysis-state';

interface PendingAnswer {
  runId: number;
  statementId: string;
  value: number;
}

type AnswersSlice = Pick<SelfAnalysisState, 'answer' | 'loadSuggestions' | 'mark'>;

/** Answers (autosaved at once, scores from main), the suggestions they lead to, and marks. */
export function createAnswersSlice(set: SetState, get: GetState, shared: SelfAnalysisShared) {
  const { withRun, edits } = shared;
  const saver = createAutosaver<PendingAnswer>({
    delayMs: 0,
    save: async (_field, pending) => {
      const result = await call('selfAnalysis.answer', pending);
      if (result.ok) {
        // Scores and completeness are main's: take them from its answer.
        const { themes, complete, answeredCount, statementCount, updatedAt } = result.value;
        withRun(pending.runId, () => ({ themes, complete, answeredCount, statementCount, updatedAt }));
      }
      return saveResultOf(result);
    },
    onChange: shared.setSaveState,
  });

  const slice: AnswersSlice = {
    answer(statementId, value) {
      const run = get().run;
      if (!run) return;
      edits.count += 1;
      set({ run: { ...run, answers: { ...run.answers, [statementId]: value } } });
      saver.push(`${run.id}/${statementId}`, { runId: run.id, statementId, value });
    },

    async loadSuggestions(runId) {
      await saver.flush();
      const result = await call('selfAnalysis.suggestions', { runId });
      if (result.ok) set({ suggestions: { runId, value: result.value } });
      else set({ loadError: result.error.message });
    },

    async mark(statementId, wanted, suggestion) {
      const run = get().run;
      if (!run) return;
      edits.count += 1;
      // Shown at once, like a typed answer; main's answer then sets the marks as stored (or puts them back).
      const others = run.marks.filter((m) => m.statementId !== statementId);
      withRun(run.id, () => ({ marks: wanted ? [...others, { statementId, suggestion }] : others }));
      const result = await call('selfAnalysis.mark', { runId: run.id, statementId, wanted, suggestion });
      if (!result.ok) {
        withRun(run.id, () => ({ marks: run.marks }));
        return set({ actionError: result.error.message });
      }
      withRun(run.id, () => ({ marks: result.value }));
      set({ actionError: undefined });
    },
  };
  return { slice, saver };
}
