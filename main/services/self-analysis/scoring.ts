import type { ThemeId } from '../../contract/guide-content';
import type { RunScope, ThemeScore } from '../../contract/self-analysis-channels';
import { readScore } from './reading';

/** The statements of one theme, in the guide's order. */
export interface ThemeStatements {
  themeId: ThemeId;
  statements: readonly { id: string }[];
}

/** Answers of one run by statement id. */
export type Answers = ReadonlyMap<string, number>;

/**
 * Scores one theme: the plain sum and the average over the answered statements (1.0–4.0,
 * so themes of 5 and 6 statements compare fairly). No weighting or reverse scoring: the
 * guide gives none. A theme with missing answers is marked incomplete, never scored as 0.
 */
export function scoreTheme(theme: ThemeStatements, answers: Answers, scaleLabels: readonly string[]): ThemeScore {
  const values = theme.statements.flatMap((statement) => {
    const value = answers.get(statement.id);
    return value === undefined ? [] : [value];
  });
  const sum = values.reduce((total, value) => total + value, 0);
  const base = {
    statementCount: theme.statements.length,
    answeredCount: values.length,
    sum,
    average: values.length === 0 ? null : sum / values.length,
  };
  return {
    themeId: theme.themeId,
    ...base,
    complete: values.length === theme.statements.length,
    reading: readScore(base, scaleLabels),
  };
}

/** The themes a run covers, in the guide's order. */
export function themesInScope<T extends ThemeStatements>(analyses: readonly T[], scope: RunScope): T[] {
  return scope === 'all' ? [...analyses] : analyses.filter((theme) => theme.themeId === scope);
}

/** Scores every theme in the run's scope, and whether the whole run is complete. */
export function scoreRun(
  analyses: readonly ThemeStatements[],
  scope: RunScope,
  answers: Answers,
  scaleLabels: readonly string[],
) {
  const themes = themesInScope(analyses, scope).map((theme) => scoreTheme(theme, answers, scaleLabels));
  return {
    themes,
    complete: themes.every((theme) => theme.complete),
    answeredCount: themes.reduce((total, theme) => total + theme.answeredCount, 0),
    statementCount: themes.reduce((total, theme) => total + theme.statementCount, 0),
  };
}
