import type { ThemeId } from '../../contract/guide-content';
import type {
  RunComparison,
  RunSummary,
  StatementChange,
  ThemeChange,
  ThemeScore,
} from '../../contract/self-analysis-channels';
import type { Answers, ThemeStatements } from './scoring';

/** A run with its scores and its answers. */
export interface ScoredRun {
  summary: RunSummary;
  answers: Answers;
}

function themeOf(run: ScoredRun, themeId: ThemeId): ThemeScore | undefined {
  return run.summary.themes.find((theme) => theme.themeId === themeId);
}

function statementChanges(theme: ThemeStatements, before: Answers, after: Answers): StatementChange[] {
  return theme.statements.map((statement) => {
    const was = before.get(statement.id) ?? null;
    const is = after.get(statement.id) ?? null;
    return {
      statementId: statement.id,
      themeId: theme.themeId,
      before: was,
      after: is,
      change: was === null || is === null ? null : is - was,
    };
  });
}

/**
 * "Sinds vorige keer": for each complete theme of `run`, the change against the latest
 * earlier run in which that theme was complete too. `history` is every run, oldest first.
 */
export function sincePrevious(
  run: ScoredRun,
  history: readonly ScoredRun[],
  analyses: readonly ThemeStatements[],
): ThemeChange[] {
  const position = history.findIndex((candidate) => candidate.summary.id === run.summary.id);
  const earlier = history.slice(0, position === -1 ? history.length : position);
  return analyses.flatMap((theme) => {
    const now = themeOf(run, theme.themeId);
    if (!now?.complete || now.average === null) return [];
    const previous = earlier.findLast((candidate) => themeOf(candidate, theme.themeId)?.complete);
    const then = previous && themeOf(previous, theme.themeId);
    if (!previous || then?.average == null) return [];
    return [
      {
        themeId: theme.themeId,
        previousRunId: previous.summary.id,
        previousRunName: previous.summary.name,
        previousCreatedAt: previous.summary.createdAt,
        before: then.average,
        after: now.average,
        change: now.average - then.average,
        statements: statementChanges(theme, previous.answers, run.answers),
      },
    ];
  });
}

/** Two runs side by side: every theme either covers, and every statement of those themes. */
export function compareRuns(
  base: ScoredRun,
  other: ScoredRun,
  analyses: readonly ThemeStatements[],
): Omit<RunComparison, 'base' | 'other'> {
  const themes = analyses.filter((theme) => themeOf(base, theme.themeId) || themeOf(other, theme.themeId));
  return {
    themes: themes.map((theme) => {
      const before = themeOf(base, theme.themeId) ?? null;
      const after = themeOf(other, theme.themeId) ?? null;
      const change =
        before?.complete && after?.complete && before.average !== null && after.average !== null
          ? after.average - before.average
          : null;
      return { themeId: theme.themeId, before, after, change };
    }),
    statements: themes.flatMap((theme) => statementChanges(theme, base.answers, other.answers)),
  };
}
