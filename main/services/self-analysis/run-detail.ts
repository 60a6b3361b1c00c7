import type { ThemeId } from '../../contract/guide-content';
import type { ReflectionQuestionId, RunDetail } from '../../contract/self-analysis-channels';
import type { RunRow } from '../../db/self-analysis-repository';
import { marksOf } from './action-marks';
import { type ScoredRun, sincePrevious } from './history';
import type { RunReader } from './run-reader';

/** Oldest first, as the database orders them (created_at, then id; plain code-point order). */
const byDate = (a: RunRow, b: RunRow) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id);

/**
 * The run and just the earlier runs "sinds vorige keer" needs: per theme the run completed,
 * the latest earlier run in which that theme was complete too, found by one indexed query on
 * the stored totals. Opening a run then reads a few runs' answers, whatever the history holds.
 */
function runWithPredecessors(reader: RunReader, runId: number): { run: ScoredRun; history: ScoredRun[] } {
  const run = reader.scored(runId);
  const earlier = new Map<number, RunRow>();
  for (const theme of reader.catalog().analyses) {
    if (!run.summary.themes.some((score) => score.themeId === theme.themeId && score.complete)) continue;
    const previous = reader.repository.previousComplete(theme.themeId, theme.statements.length, run.summary);
    if (previous) earlier.set(previous.id, previous);
  }
  const history = [...earlier.values()].sort(byDate).map((row) => reader.score(row, reader.answersOf(row.id)));
  return { run, history: [...history, run] };
}

/** One run as the fill, reflect and act screens show it: scores, answers, reflections, marks, change since last time. */
export function runDetail(reader: RunReader, runId: number): RunDetail {
  const { run, history: predecessors } = runWithPredecessors(reader, runId);
  return {
    ...run.summary,
    answers: Object.fromEntries(run.answers),
    reflections: reader.repository.reflections(runId).map((row) => ({
      themeId: row.themeId as ThemeId,
      questionId: row.questionId as ReflectionQuestionId,
      text: row.text,
    })),
    sincePrevious: sincePrevious(run, predecessors, reader.catalog().analyses),
    marks: marksOf(reader, runId),
  };
}
