import { create } from 'zustand';
import type { ThemeId } from '../../../main/contract/guide-content';
import type {
  Questionnaire,
  ReflectionQuestionId,
  RunComparison,
  RunDetail,
  RunScope,
  RunSummary,
  SuggestionRef,
  Suggestions,
  Trend,
} from '../../../main/contract/self-analysis-channels';
import { call } from '../api/client';
import { createAutosaver, type SaveState } from '../lib/autosaver';

interface PendingAnswer {
  runId: number;
  statementId: string;
  value: number;
}

interface PendingReflection {
  runId: number;
  themeId: ThemeId;
  questionId: ReflectionQuestionId;
  text: string;
}

interface SelfAnalysisState {
  questionnaire: Questionnaire | undefined;
  runs: RunSummary[] | undefined;
  trend: Trend | undefined;
  /** The run on screen. */
  run: RunDetail | undefined;
  /** The suggestions of run `runId`. */
  suggestions: { runId: number; value: Suggestions } | undefined;
  comparison: RunComparison | undefined;
  loadError: string | undefined;
  answerSave: SaveState;
  reflectionSave: SaveState;
  answerError: string | undefined;
  reflectionError: string | undefined;
  actionError: string | undefined;
  loadQuestionnaire(): Promise<void>;
  /** The list of runs and the trend per theme. */
  loadHistory(): Promise<void>;
  openRun(runId: number): Promise<void>;
  /** Starts a run and returns its id, or undefined when that failed (the message is in loadError). */
  start(scope: RunScope): Promise<number | undefined>;
  /** Shows the answer at once and saves it right away. */
  answer(statementId: string, value: number): void;
  /** Shows the text at once and saves it shortly after typing stops. */
  reflect(themeId: ThemeId, questionId: ReflectionQuestionId, text: string): void;
  /** Writes everything that is waiting. */
  flush(): Promise<void>;
  rename(name: string): Promise<boolean>;
  remove(): Promise<boolean>;
  loadSuggestions(runId: number): Promise<void>;
  mark(statementId: string, wanted: boolean, suggestion: SuggestionRef | null): Promise<void>;
  compare(baseRunId: number, otherRunId: number): Promise<void>;
}

/** The Zelfanalyses: runs, answers and reflections autosaved through the contract; scores come from main. */
export const useSelfAnalysisStore = create<SelfAnalysisState>((set, get) => {
  const withRun = (runId: number, change: (run: RunDetail) => Partial<RunDetail>) => {
    const run = get().run;
    if (run?.id === runId) set({ run: { ...run, ...change(run) } });
  };

  const answers = createAutosaver<Record<string, PendingAnswer>>({
    delayMs: 0,
    merge: (queued, patch) => ({ ...queued, ...patch }),
    save: async (patch) => {
      for (const pending of Object.values(patch)) {
        const result = await call('selfAnalysis.answer', pending);
        if (!result.ok) return { ok: false, message: result.error.message };
        // Scores and completeness are main's: take them from its answer.
        const { themes, complete, answeredCount, statementCount, updatedAt } = result.value;
        withRun(pending.runId, () => ({ themes, complete, answeredCount, statementCount, updatedAt }));
      }
      return { ok: true };
    },
    onState: (answerSave, message) => set({ answerSave, answerError: answerSave === 'error' ? message : undefined }),
  });

  const reflections = createAutosaver<Record<string, PendingReflection>>({
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

  // Counts local edits, so a load that returns after the user changed something does not undo it.
  let edits = 0;

  const flush = async () => {
    await Promise.all([answers.flush(), reflections.flush()]);
  };

  return {
    questionnaire: undefined,
    runs: undefined,
    trend: undefined,
    run: undefined,
    suggestions: undefined,
    comparison: undefined,
    loadError: undefined,
    answerSave: 'idle',
    reflectionSave: 'idle',
    answerError: undefined,
    reflectionError: undefined,
    actionError: undefined,

    async loadQuestionnaire() {
      if (get().questionnaire) return;
      const result = await call('selfAnalysis.questionnaire', undefined);
      if (result.ok) set({ questionnaire: result.value });
      else set({ loadError: result.error.message });
    },

    async loadHistory() {
      await flush();
      const [runs, trend] = await Promise.all([
        call('selfAnalysis.list', undefined),
        call('selfAnalysis.trend', undefined),
      ]);
      if (!runs.ok) return set({ loadError: runs.error.message });
      if (!trend.ok) return set({ loadError: trend.error.message });
      set({ runs: runs.value, trend: trend.value, loadError: undefined });
    },

    async openRun(runId) {
      await flush();
      if (get().run?.id !== runId) set({ run: undefined, suggestions: undefined });
      const editsBefore = edits;
      const result = await call('selfAnalysis.get', { runId });
      if (!result.ok) return set({ run: undefined, loadError: result.error.message });
      const current = get().run;
      if (current?.id === runId && edits !== editsBefore) {
        // The user went on typing or clicking while this loaded: their edits win, main's scores are taken.
        const { answers, reflections, marks } = current;
        return set({ run: { ...result.value, answers, reflections, marks }, loadError: undefined });
      }
      set({ run: result.value, loadError: undefined, answerSave: 'idle', reflectionSave: 'idle' });
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

    answer(statementId, value) {
      const run = get().run;
      if (!run) return;
      edits += 1;
      set({ run: { ...run, answers: { ...run.answers, [statementId]: value } } });
      answers.push({ [`${run.id}/${statementId}`]: { runId: run.id, statementId, value } });
    },

    reflect(themeId, questionId, text) {
      const run = get().run;
      if (!run) return;
      edits += 1;
      const others = run.reflections.filter((r) => r.themeId !== themeId || r.questionId !== questionId);
      set({ run: { ...run, reflections: [...others, { themeId, questionId, text }] } });
      reflections.push({ [`${run.id}/${themeId}/${questionId}`]: { runId: run.id, themeId, questionId, text } });
    },

    flush,

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

    async loadSuggestions(runId) {
      await answers.flush();
      const result = await call('selfAnalysis.suggestions', { runId });
      if (result.ok) set({ suggestions: { runId, value: result.value } });
      else set({ loadError: result.error.message });
    },

    async mark(statementId, wanted, suggestion) {
      const run = get().run;
      if (!run) return;
      edits += 1;
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

    async compare(baseRunId, otherRunId) {
      set({ comparison: undefined });
      const result = await call('selfAnalysis.compare', { baseRunId, otherRunId });
      if (result.ok) set({ comparison: result.value, loadError: undefined });
      else set({ loadError: result.error.message });
    },
  };
});

/** One status for both autosavers: an error wins, then "saving", then "saved". */
export function combinedSaveState(a: SaveState, b: SaveState): SaveState {
  for (const state of ['error', 'saving', 'saved'] as const) if (a === state || b === state) return state;
  return 'idle';
}
