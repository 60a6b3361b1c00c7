import type { Handlers } from '../../contract/channels';
import { meetingSummary } from '../../contract/meeting-format';
import type { MeetingService } from '../pop-op/meeting-service';
import { requireAppendix } from '../pop-op/pop-op-handlers';
import type { PopOpService } from '../pop-op/pop-op-service';
import type { PreparationService } from '../pop-op/preparation-service';
import type { SelfAnalysisService } from '../self-analysis/self-analysis-service';
import type { WorkbookContext } from '../workbook-context';
import { popOpDocx, popOpDocxFileName } from './pop-op-docx';
import { preparationDocx, preparationDocxFileName } from './preparation-docx';

/** Word copies of what the PDF exports print; saved or downloaded like the PDFs. */
export function createDocxHandlers(
  context: WorkbookContext,
  {
    popOp,
    selfAnalyses,
    popOpMeetings,
    preparation,
  }: {
    popOp: PopOpService;
    selfAnalyses: SelfAnalysisService;
    popOpMeetings: MeetingService;
    preparation: PreparationService;
  },
) {
  return {
    'popOp.exportDocx': async ({ planId, includeProfile }) => {
      const plan = popOp.get(planId);
      const profile = includeProfile ? selfAnalyses.latestProfile() : undefined;
      const appendix = includeProfile
        ? requireAppendix(profile ? { profile, reading: selfAnalyses.questionnaire().reading } : undefined)
        : undefined;
      const meeting = popOpMeetings.latest(planId);
      const meetingLine = meeting ? meetingSummary(meeting) : undefined;
      const bytes = await popOpDocx(plan, popOp.template(), { appendix, meetingLine });
      return context.files.deliver({ suggestedName: popOpDocxFileName(plan), bytes, kind: 'docx' });
    },
    'popOp.preparation.exportDocx': async ({ planId }) => {
      const prepared = preparation.get(planId);
      const bytes = await preparationDocx(prepared);
      return context.files.deliver({ suggestedName: preparationDocxFileName(prepared), bytes, kind: 'docx' });
    },
  } satisfies Partial<Handlers>;
}
