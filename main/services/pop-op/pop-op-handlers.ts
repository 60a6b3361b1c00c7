import type { Handlers } from '../../contract/channels';
import { UserFacingError } from '../../contract/envelope';
import { meetingSummary } from '../../contract/meeting-format';
import type { SelfAnalysisService } from '../self-analysis/self-analysis-service';
import type { PrintSettingsService } from '../settings/print-settings-service';
import type { WorkbookContext } from '../workbook-context';
import type { MeetingService } from './meeting-service';
import { popOpFileName, popOpPdf } from './pop-op-pdf';
import type { PopOpService } from './pop-op-service';

/** Handlers of the POP-OP: plans, actions, kansen/bedreigingen, versions and the PDF export. */
export function createPopOpHandlers(
  context: WorkbookContext,
  // The self-analyses are only read, for the PDF appendix: main looks the profile up itself
  // rather than trusting the renderer.
  {
    popOp: service,
    selfAnalyses,
    popOpMeetings,
    printSettings,
  }: {
    popOp: PopOpService;
    selfAnalyses: SelfAnalysisService;
    popOpMeetings: MeetingService;
    printSettings: PrintSettingsService;
  },
) {
  const appendix = () => {
    const profile = selfAnalyses.latestProfile();
    return profile ? { profile, reading: selfAnalyses.questionnaire().reading } : undefined;
  };
  return {
    'popOp.template': () => service.template(),
    'popOp.list': () => service.list(),
    'popOp.get': ({ planId }) => service.get(planId),
    'popOp.create': ({ fromPlanId }) => service.create(fromPlanId),
    'popOp.update': ({ planId, changes }) => service.update(planId, changes),
    'popOp.remove': ({ planId }) => {
      service.remove(planId);
      return null;
    },
    'popOp.setStatus': ({ planId, status }) => service.setStatus(planId, status),
    'popOp.actions.add': ({ planId, fields }) => service.addAction(planId, fields),
    'popOp.actions.update': ({ actionId, changes }) => service.updateAction(actionId, changes),
    'popOp.actions.remove': ({ actionId }) => {
      service.removeAction(actionId);
      return null;
    },
    'popOp.actions.move': ({ actionId, direction }) => service.moveAction(actionId, direction),
    'popOp.factors.add': ({ planId, kind, text }) => service.addFactor(planId, kind, text),
    'popOp.factors.update': ({ factorId, text }) => service.updateFactor(factorId, text),
    'popOp.factors.remove': ({ factorId }) => {
      service.removeFactor(factorId);
      return null;
    },
    'popOp.versions.get': ({ versionId }) => service.version(versionId),
    'popOp.versions.compare': ({ versionId }) => service.compare(versionId),
    'popOp.export': async ({ planId, includeProfile }) => {
      const plan = service.get(planId);
      const meeting = popOpMeetings.latest(planId);
      const bytes = await popOpPdf(plan, service.template(), {
        resourcesDir: context.resourcesDir,
        meetingLine: meeting ? meetingSummary(meeting) : undefined,
        appendix: includeProfile ? requireAppendix(appendix()) : undefined,
        print: printSettings.forPrinting(),
      });
      return context.files.deliver({ suggestedName: popOpFileName(plan), bytes, kind: 'pdf' });
    },
  } satisfies Partial<Handlers>;
}

/** Asking for the appendix without a complete profile is refused: a PDF silently without it would mislead. */
export function requireAppendix<T>(appendix: T | undefined): T {
  if (!appendix) {
    throw new UserFacingError(
      'not-found',
      'Je hebt nog geen complete zelfanalyse met alle vijf thema’s. Maak de PDF zonder profiel, of vul eerst een zelfanalyse in.',
    );
  }
  return appendix;
}
