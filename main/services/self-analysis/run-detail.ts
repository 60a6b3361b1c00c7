import type { ThemeId } from '../../contract/guide-content';
import type { ReflectionQuestionId, RunDetail } from '../../contract/self-analysis-channels';
import { marksOf } from './action-marks';
import { type ScoredRun, sincePrevious } from './history';
import type { RunReader } from './run-reader';

/**
 * The run and just the earlier runs "sinds vorige keer" needs: walking back from the run, it
 * stops once every theme the run completed has met an earlier complete one. Opening a run then
 * costs a few runs' answers, not the whole history (which grows with years of use).
 */
function runWithPredecessors(reader: RunReader, runId: number): { run: ScoredRun; history: ScoredRun[] } {
  const run = reader.scored(runId);
  const rows = reader.repository.runs();
  const position = rows.findIndex((row) => row.id === runId);
  const waitingFor = new Set(run.summary.themes.filter((theme) => theme.complete).map((theme) => theme.themeId));
  const earlier: ScoredRun[] = [];
  for (let index = position - 1; index >= 0 && waitingFor.size > 0; index -= 1) {
    const row = rows[index];
    if (!row) break;
    const candidate = reader.score(row, reader.answersOf(row.id));
    earlier.unshift(candidate);
    for (const theme of candidate.summary.themes) if (theme.complete) waitingFor.delete(theme.themeId);
  }
  return { run, history: [...earlier, run] };
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
