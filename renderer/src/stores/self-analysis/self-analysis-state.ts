import type { ThemeId } from '../../../../main/contract/guide-content';
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
} from '../../../../main/contract/self-analysis-channels';
import type { FieldSaveState } from '../../lib/autosaver';

export interface SelfAnalysisState {
  questionnaire: Questionnaire | undefined;
  /** The newest runs, as many pages as loaded ("Meer laden"). */
  runs: RunSummary[] | undefined;
  /** There are older runs than those in `runs`. */
  moreRuns: boolean;
  trend: Trend | undefined;
  /** The run on screen. */
  run: RunDetail | undefined;
  /** The suggestions of run `runId`. */
  suggestions: { runId: number; value: Suggestions } | undefined;
  comparison: RunComparison | undefined;
  loadError: string | undefined;
  /** Save state per answer and reflection ('<run>/<statement>', '<run>/<theme>/<question>'). */
  saveStates: Record<string, FieldSaveState | undefined>;
  actionError: string | undefined;
  loadQuestionnaire(): Promise<void>;
  /** The first page of runs and the trend per theme. */
  loadHistory(): Promise<void>;
  /** Appends the next page of older runs. */
  loadMoreRuns(): Promise<void>;
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

export type SetState = (
  partial: Partial<SelfAnalysisState> | ((state: SelfAnalysisState) => Partial<SelfAnalysisState>),
) => void;
export type GetState = () => SelfAnalysisState;

/** What the slices share: the run on screen, a count of local edits. */
export function createSelfAnalysisShared(set: SetState, get: GetState) {
  return {
    withRun(runId: number, change: (run: RunDetail) => Partial<RunDetail>) {
      const run = get().run;
      if (run?.id === runId) set({ run: { ...run, ...change(run) } });
    },
    setSaveState(field: string, state: FieldSaveState | undefined) {
      set((current) => ({ saveStates: { ...current.saveStates, [field]: state } }));
    },
    // Counts local edits, so a load that returns after the user changed something does not undo it.
    edits: { count: 0 },
  };
}
export type SelfAnalysisShared = ReturnType<typeof createSelfAnalysisShared>;
