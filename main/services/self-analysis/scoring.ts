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

/** What a score is made of: the sum of the answered statements of a theme and how many there are. */
export interface ThemeTotal {
  sum: number;
  answered: number;
}

/** A run's totals per theme, as stored on the run (kept by the database on every answer). */
export type RunTotals = Readonly<Record<ThemeId, ThemeTotal>>;

/** Adds up one theme's answers. */
export function totalOf(theme: ThemeStatements, answers: Answers): ThemeTotal {
  let sum = 0;
  let answered = 0;
  for (const statement of theme.statements) {
    const value = answers.get(statement.id);
    if (value === undefined) continue;
    sum += value;
    answered += 1;
  }
  return { sum, answered };
}

// A reading depends only on the count, the answers given and their sum: a few hundred texts in
// all, so each is written once per scale (the history shows thousands of scores).
const readings = new WeakMap<readonly string[], Map<string, string>>();

function readingOf(base: Parameters<typeof readScore>[0], scaleLabels: readonly string[]): string {
  let byScore = readings.get(scaleLabels);
  if (!byScore) {
    byScore = new Map();
    readings.set(scaleLabels, byScore);
  }
  const key = `${base.statementCount}/${base.answeredCount}/${base.sum}`;
  let reading = byScore.get(key);
  if (reading === undefined) {
    reading = readScore(base, scaleLabels);
    byScore.set(key, reading);
  }
  return reading;
}

/**
 * Scores one theme from its total: the plain sum and the average over the answered statements
 * (1.0–4.0, so themes of 5 and 6 statements compare fairly). No weighting or reverse scoring:
 * the guide gives none. A theme with missing answers is marked incomplete, never scored as 0.
 */
export function scoreTotal(
  theme: ThemeStatements,
  { sum, answered }: ThemeTotal,
  scaleLabels: readonly string[],
): ThemeScore {
  const base = {
    statementCount: theme.statements.length,
    answeredCount: answered,
    sum,
    average: answered === 0 ? null : sum / answered,
  };
  return {
    themeId: theme.themeId,
    ...base,
    complete: answered === theme.statements.length,
    reading: readingOf(base, scaleLabels),
  };
}

/** Scores one theme from the run's answers. */
export function scoreTheme(theme: ThemeStatements, answers: Answers, scaleLabels: readonly string[]): ThemeScore {
  return scoreTotal(theme, totalOf(theme, answers), scaleLabels);
}

/** The themes a run covers, in the guide's order. */
export function themesInScope<T extends ThemeStatements>(analyses: readonly T[], scope: RunScope): T[] {
  return scope === 'all' ? [...analyses] : analyses.filter((theme) => theme.themeId === scope);
}

/** Scores every theme in the run's scope from its stored totals, and whether the whole run is complete. */
export function scoreRunTotals(
  analyses: readonly ThemeStatements[],
  scope: RunScope,
  totals: RunTotals,
  scaleLabels: readonly string[],
) {
  const themes = themesInScope(analyses, scope).map((theme) => scoreTotal(theme, totals[theme.themeId], scaleLabels));
  return {
    themes,
    complete: themes.every((theme) => theme.complete),
    answeredCount: themes.reduce((total, theme) => total + theme.answeredCount, 0),
    statementCount: themes.reduce((total, theme) => total + theme.statementCount, 0),
  };
}

/** Scores every theme in the run's scope from its answers. */
export function scoreRun(
  analyses: readonly ThemeStatements[],
  scope: RunScope,
  answers: Answers,
  scaleLabels: readonly string[],
) {
  const totals = Object.fromEntries(analyses.map((theme) => [theme.themeId, totalOf(theme, answers)]));
  return scoreRunTotals(analyses, scope, totals as RunTotals, scaleLabels);
}
