import { UserFacingError } from '../../contract/envelope';
import type { ThemeId } from '../../contract/guide-content';
import type { ReflectionQuestionId, RunDetail, RunScope, RunSummary } from '../../contract/self-analysis-channels';
import { createActionMarks } from './action-marks';
import { runDetail } from './run-detail';
import { createRunHistory } from './run-history';
import { createRunReader, runMissing, type SelfAnalysisServiceOptions } from './run-reader';

export type { SelfAnalysisServiceOptions } from './run-reader';

/**
 * The self-analyses: runs and their answers and reflections (here), views over all runs
 * (`run-history.ts`) and the marks that turn statements into actions (`action-marks.ts`).
 */
export function createSelfAnalysisService(options: SelfAnalysisServiceOptions) {
  const reader = createRunReader(options);
  const { repository } = reader;
  return {
    questionnaire: () => reader.catalog().questionnaire,

    start(scope: RunScope): RunDetail {
      return runDetail(reader, repository.createRun(scope, reader.now()));
    },

    get: (runId: number): RunDetail => runDetail(reader, runId),

    answer(input: { runId: number; statementId: string; value: number }): RunSummary {
      const row = reader.requireRun(input.runId);
      reader.statementInRun(row, input.statementId);
      repository.answer(input.runId, input.statementId, input.value, reader.now());
      return reader.scored(input.runId).summary;
    },

    reflect(input: { runId: number; themeId: ThemeId; questionId: ReflectionQuestionId; text: string }) {
      const row = reader.requireRun(input.runId);
      if (row.scope !== 'all' && row.scope !== input.themeId) {
        throw new UserFacingError('invalid-input', 'Dit thema hoort niet bij deze zelfanalyse.');
      }
      const updatedAt = reader.now();
      repository.reflect(input.runId, input.themeId, input.questionId, input.text, updatedAt);
      return { updatedAt };
    },

    rename(input: { runId: number; name: string }): RunSummary {
      reader.requireRun(input.runId);
      repository.rename(input.runId, input.name.trim(), reader.now());
      return reader.scored(input.runId).summary;
    },

    delete(runId: number): null {
      if (!repository.deleteRun(runId)) throw new UserFacingError('not-found', runMissing);
      return null;
    },

    ...createRunHistory(reader),
    ...createActionMarks(reader),
  };
}
export type SelfAnalysisService = ReturnType<typeof createSelfAnalysisService>;
