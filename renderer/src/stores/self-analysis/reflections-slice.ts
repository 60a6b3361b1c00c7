import type { ThemeId } from '../../../../main/contract/guide-content';
import type { ReflectionQuestionId } from '../../../../main/contract/self-analysis-channels';
import { call } from '../../api/client';
import { createAutosaver } from '../../lib/autosaver';
import type { GetState, SelfAnalysisShared, SelfAnalysisState, SetState } from './self-analysis-state';

interface PendingReflection {
  runId: number;
  themeId: ThemeId;
  questionId: ReflectionQuestionId;
  text: string;
}

/** The reflections per theme: shown at once, autosaved shortly after typing stops. */
export function createReflectionsSlice(set: SetState, get: GetState, shared: SelfAnalysisShared) {
  const saver = createAutosaver<Record<string, PendingReflection>>({
    delayMs: 500,
    merge: (queued, patch) => ({ ...queued, ...patch }),
    save: async (patch) => {
      for (const pending of Object.values(patch)) {
        const result = await call('selfAnalysis.reflect', pending);
        if (!result.ok) return { ok: false, message: result.error.message };
      }
      return { ok: true };
    },
    onState: (reflectionSave, message) =>
      set({ reflectionSave, reflectionError: reflectionSave === 'error' ? message : undefined }),
  });

  const slice: Pick<SelfAnalysisState, 'reflect'> = {
    reflect(themeId, questionId, text) {
      const run = get().run;
      if (!run) return;
      shared.edits.count += 1;
      const others = run.reflections.filter((r) => r.themeId !== themeId || r.questionId !== questionId);
      set({ run: { ...run, reflections: [...others, { themeId, questionId, text }] } });
      saver.push({ [`${run.id}/${themeId}/${questionId}`]: { runId: run.id, themeId, questionId, text } });
    },
  };
  return { slice, saver };
}
