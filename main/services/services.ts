import { once } from '../contract/once';
import { createFinancingRepository } from '../db/financing-repository';
import { createFinancingSchemesRepository } from '../db/financing-schemes-repository';
import { createGuideBookmarksRepository } from '../db/guide-bookmarks-repository';
import { createGuideNotesRepository } from '../db/guide-notes-repository';
import { createPopOpMeetingRemindersRepository } from '../db/pop-op-meeting-reminders-repository';
import { createPopOpMeetingsRepository } from '../db/pop-op-meetings-repository';
import { createPopOpRepository } from '../db/pop-op-repository';
import { createPopOpVersionsRepository } from '../db/pop-op-versions-repository';
import { createReasonReflectionsRepository } from '../db/reason-reflections-repository';
import { createSelfAnalysisRepository } from '../db/self-analysis-repository';
import { createSettingsImagesRepository } from '../db/settings-images-repository';
import { createSettingsRepository } from '../db/settings-repository';
import { createTalkingPointsRepository } from '../db/talking-points-repository';
import { createTeamRespondentRepository } from '../db/team-respondent-repository';
import { createTeamRoundRepository } from '../db/team-round-repository';
import { createUserTextsRepository } from '../db/user-texts-repository';
import { writeTransaction } from '../db/write-transaction';
import { createDashboardService } from './dashboard/dashboard-service';
import { createFinancingService, createFinancingSources } from './financing/financing-service';
import { createLocalSchemesService } from './financing/local-schemes-service';
import { createGuideSections } from './guide/guide-sections';
import { createMeetingService } from './pop-op/meeting-service';
import { createPopOpService } from './pop-op/pop-op-service';
import { createPreparationService } from './pop-op/preparation-service';
import type { SelfAnalysisService } from './self-analysis/self-analysis-service';
import { createSelfAnalysisService } from './self-analysis/self-analysis-service';
import { createPrintSettingsService } from './settings/print-settings-service';
import type { SettingsService } from './settings/settings-service';
import { createSettingsService } from './settings/settings-service';
import { createWindowStateService } from './settings/window-state-service';
import { createRoundService } from './team/round-service';
import { createShareService } from './team/share-service';
import { buildTeamCatalog } from './team/team-catalog';
import type { WorkbookContext } from './workbook-context';

/**
 * Every repository and service of the workbook, each built once on the open database: the
 * one wiring place. The handler factories receive them from here and build none themselves,
 * so two features share one service (and its caches) rather than each holding a copy.
 */
export function createServices(context: WorkbookContext) {
  const { db, guide } = context;
  const settingsRepository = createSettingsRepository(db);
  const settings = createSettingsService(settingsRepository);
  const selfAnalysisRepository = createSelfAnalysisRepository(db);
  const selfAnalyses = createSelfAnalysisService({ repository: selfAnalysisRepository, content: guide });
  const guideServices = createGuideServices(context);
  const popOpServices = createPopOpServices(context, settings, selfAnalyses);
  return {
    settings,
    windowState: createWindowStateService(settingsRepository),
    printSettings: createPrintSettingsService({
      settings: settingsRepository,
      images: createSettingsImagesRepository(db),
    }),
    ...guideServices,
    selfAnalyses,
    ...popOpServices,
    ...createFinancingServices(context),
    ...createTeamServices(context, selfAnalyses),
    dashboard: createDashboardService({
      settings: settingsRepository,
      runs: selfAnalysisRepository,
      popOp: popOpServices.popOp,
      notes: guideServices.guideNotes,
      noteSection: guideServices.guideSections.section,
      guide,
    }),
  };
}
export type Services = ReturnType<typeof createServices>;

/** De gids: notes, bookmarks, the reasons' answers, the user's own texts for search, the sections. */
function createGuideServices({ db, guide }: WorkbookContext) {
  return {
    guideNotes: createGuideNotesRepository(db),
    guideSections: createGuideSections(guide),
    guideBookmarks: createGuideBookmarksRepository(db),
    reasonReflections: createReasonReflectionsRepository(db),
    userTexts: createUserTextsRepository(db),
  };
}

/** POP-OP: the plans, the meetings about them and the preparation for the next one. */
function createPopOpServices(
  { db, guide }: WorkbookContext,
  settings: SettingsService,
  selfAnalyses: SelfAnalysisService,
) {
  const inTransaction = <T>(work: () => T): T => writeTransaction(db, work)();
  const plans = createPopOpRepository(db);
  const versions = createPopOpVersionsRepository(db);
  const popOp = createPopOpService({ plans, versions, inTransaction, guide, profile: () => settings.get().profile });
  const popOpMeetings = createMeetingService({
    popOp,
    plans,
    versions,
    meetings: createPopOpMeetingsRepository(db),
    reminders: createPopOpMeetingRemindersRepository(db),
    inTransaction,
  });
  const preparation = createPreparationService({
    popOp,
    selfAnalyses,
    talkingPoints: createTalkingPointsRepository(db),
    meetings: popOpMeetings,
  });
  return { popOp, popOpMeetings, preparation };
}

/** Financieringshulp: initiatives with their advice, and the municipality's own schemes. */
function createFinancingServices({ db, guide, resourcesDir }: WorkbookContext) {
  const schemesRepository = createFinancingSchemesRepository(db);
  return {
    financing: createFinancingService(
      createFinancingRepository(db),
      schemesRepository,
      createFinancingSources(resourcesDir, guide),
    ),
    localSchemes: createLocalSchemesService(schemesRepository),
  };
}

/** Teamspiegel: sharing one's own run, and the coordinator's rounds. */
function createTeamServices({ db, guide }: WorkbookContext, selfAnalyses: SelfAnalysisService) {
  const teamCatalog = once(() => buildTeamCatalog(guide()));
  return {
    teamShare: createShareService({
      respondents: createTeamRespondentRepository(db),
      catalog: teamCatalog,
      run: (runId) => selfAnalyses.get(runId),
    }),
    teamRounds: createRoundService({ repository: createTeamRoundRepository(db), catalog: teamCatalog }),
  };
}
