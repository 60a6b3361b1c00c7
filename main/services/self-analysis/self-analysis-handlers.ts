import type { Handlers } from '../../contract/channels';
import { createSelfAnalysisRepository } from '../../db/self-analysis-repository';
import type { WorkbookContext } from '../workbook-context';
import { createSelfAnalysisService } from './self-analysis-service';

/** Handlers of the Zelfanalyses. */
export function createSelfAnalysisHandlers(context: WorkbookContext) {
  const service = createSelfAnalysisService({
    repository: createSelfAnalysisRepository(context.db),
    content: context.guide,
  });
  return {
    'selfAnalysis.questionnaire': () => service.questionnaire(),
    'selfAnalysis.list': () => service.list(),
    'selfAnalysis.start': (input) => service.start(input.scope),
    'selfAnalysis.get': (input) => service.get(input.runId),
    'selfAnalysis.answer': (input) => service.answer(input),
    'selfAnalysis.reflect': (input) => service.reflect(input),
    'selfAnalysis.rename': (input) => service.rename(input),
    'selfAnalysis.delete': (input) => service.delete(input.runId),
    'selfAnalysis.compare': (input) => service.compare(input.baseRunId, input.otherRunId),
    'selfAnalysis.trend': () => service.trend(),
    'selfAnalysis.suggestions': (input) => service.suggestions(input.runId),
    'selfAnalysis.mark': (input) => service.mark(input),
    'selfAnalysis.actionCandidates': () => service.actionCandidates(),
    'selfAnalysis.latestProfile': () => service.latestProfile(),
  } satisfies Partial<Handlers>;
}
