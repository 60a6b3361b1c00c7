import type { Handlers } from '../../contract/channels';
import { runTitle } from '../../contract/self-analysis-format';
import type { SettingsService } from '../settings/settings-service';
import type { WorkbookContext } from '../workbook-context';
import type { SelfAnalysisService } from './self-analysis-service';

/** Handlers of the Zelfanalyses. */
export function createSelfAnalysisHandlers(
  context: WorkbookContext,
  { selfAnalyses: service, settings }: { selfAnalyses: SelfAnalysisService; settings: SettingsService },
) {
  return {
    'selfAnalysis.questionnaire': () => service.questionnaire(),
    'selfAnalysis.list': (page) => service.list(page),
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
    'selfAnalysis.exportPdf': async ({ runId }) => {
      const run = service.get(runId);
      const bytes = await context.pdf.render('selfAnalysis', {
        run,
        questionnaire: service.questionnaire(),
        actions: service.actionCandidates().filter((action) => action.runId === runId),
        author: settings.get().profile.name,
      });
      // A file name cannot hold the time's colon (Windows): 14:05 becomes 14.05.
      const suggestedName = run.name
        ? `Zelfanalyse - ${run.name}.pdf`
        : `${runTitle(run).replace(', ', ' ').replace(':', '.')}.pdf`;
      return context.files.deliver({ suggestedName, bytes, kind: 'pdf' });
    },
  } satisfies Partial<Handlers>;
}
