import type { ThemeId } from '../../../../main/contract/guide-content';
import { longText } from '../../../../main/contract/limits';
import type { ReflectionQuestionId } from '../../../../main/contract/self-analysis-channels';
import { call } from '../../api/client';
import { createAutosaver } from '../../lib/autosaver';
import { contractMessage, saveResultOf } from '../../lib/save-result';
import type { GetState, SelfAnalysisShared, SelfAnalysisState, SetState } from './self-analysis-state';

interface PendingReflection {
  runId: number;
  themeId: ThemeId;
  questionId: ReflectionQuestionId;
  text: string;
}

/** The reflections per theme: shown at once, autosaved shortly after typing stops. */
export function createReflectionsSlice(set: SetState, get: GetState, shared: SelfAnalysisShared) {
  const saver = createAutosaver<PendingReflection>({
    delayMs: 500,
    validate: (_field, pending) => contractMessage(longText, pending.text),
    save: async (_field, pending) => saveResultOf(await call('selfAnalysis.reflect', pending)),
    onChange: shared.setSaveState,
  });

  const slice: Pick<SelfAnalysisState, 'reflect'> = {
    reflect(themeId, questionId, text) {
      const run = get().run;
      if (!run) return;
      shared.edits.count += 1;
      const others = run.reflections.filter((r) => r.themeId !== themeId || r.questionId !== questionId);
      set({ run: { ...run, reflections: [...others, { themeId, questionId, text }] } });
      saver.push(`${run.id}/${themeId}/${questionId}`, { runId: run.id, themeId, questionId, text });
    },
  };
  return { slice, saver };
}
