import { join } from 'node:path';
import type { AppInfo } from '../contract/app-channels';
import type { Handlers } from '../contract/channels';
import { once } from '../contract/once';
import { backupsDirFor, createBackup } from '../db/backups';
import { type DataDirSource, dataFileName } from '../db/data-dir';
import { DataFileError } from '../db/data-file-error';
import { createFinancingRepository } from '../db/financing-repository';
import { createFinancingSchemesRepository } from '../db/financing-schemes-repository';
import { createGuideBookmarksRepository } from '../db/guide-bookmarks-repository';
import { createGuideNotesRepository } from '../db/guide-notes-repository';
import { schemaVersion } from '../db/migrate';
import { migrations } from '../db/migrations/index';
import { openDatabase } from '../db/open-database';
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
import { createAppHandlers } from './app/app-handlers';
import { backupFailureMessage } from './backup/backup-failure';
import { createBackupHandlers } from './backup/backup-handlers';
import { type ScheduleClock, startBackupSchedule } from './backup/backup-schedule';
import { openRecoveryHandlers } from './backup/open-recovery-handlers';
import { createDashboardHandlers } from './dashboard/dashboard-handlers';
import { createDashboardService } from './dashboard/dashboard-service';
import { createDocxHandlers } from './docx/docx-handlers';
import type { FileDeliverer } from './files/file-deliverer';
import { createFileHandlers } from './files/file-handlers';
import { trackSavedPaths } from './files/tracked-deliverer';
import { createFinancingHandlers } from './financing/financing-handlers';
import { createFinancingService, createFinancingSources } from './financing/financing-service';
import { createLocalSchemesService } from './financing/local-schemes-service';
import { guideContentLoader } from './guide/guide-content-cache';
import { createGuideHandlers } from './guide/guide-handlers';
import { createGuideSections } from './guide/guide-sections';
import type { PdfRenderer } from './pdf-jobs/pdf-worker-pool';
import { createMeetingHandlers } from './pop-op/meeting-handlers';
import { createMeetingService } from './pop-op/meeting-service';
import { createPopOpHandlers } from './pop-op/pop-op-handlers';
import { createPopOpService } from './pop-op/pop-op-service';
import { createPreparationHandlers } from './pop-op/preparation-handlers';
import { createPreparationService } from './pop-op/preparation-service';
import { createSelfAnalysisHandlers } from './self-analysis/self-analysis-handlers';
import { createSelfAnalysisService } from './self-analysis/self-analysis-service';
import { createPrintSettingsHandlers } from './settings/print-settings-handlers';
import { createPrintSettingsService } from './settings/print-settings-service';
import { createSettingsService } from './settings/settings-service';
import { createWindowStateService } from './settings/window-state-service';
import { createRoundService } from './team/round-service';
import { createShareService } from './team/share-service';
import { buildTeamCatalog } from './team/team-catalog';
import { createTeamHandlers } from './team/team-handlers';
import type { WorkbookContext } from './workbook-context';

export interface WorkbookOptions {
  dataDir: string;
  dataDirSource: DataDirSource;
  /** The app's `resources/` folder (guide content, fonts). */
  resourcesDir: string;
  app: AppInfo;
  /** The shell's way of handing exported files to the user. */
  files: FileDeliverer;
  /** The shell's PDF worker (createPdfWorkerPool); it outlives a workbook reopened by recovery. */
  pdf: PdfRenderer;
  /** The clock of the daily backup (tests pass a fake one). */
  clock?: ScheduleClock;
}

/**
 * The whole application behind the contract, on plain Node: opens the data file, builds every
 * repository and service once (`createServices`) and the handler table from each feature's
 * handlers (one line per feature). Electron and the browser host both start here.
 */
export function openWorkbook(options: WorkbookOptions) {
  const dataFile = join(options.dataDir, dataFileName);
  const backupsDir = backupsDirFor(options.dataDir);
  const db = openDatabase(dataFile, {
    migrations,
    // A copy of the old schema before any migration touches it (a new, empty file needs none).
    beforeMigrating: (database) => {
      if (schemaVersion(database) === 0) return;
      try {
        createBackup(database, backupsDir, 'voor-migratie');
      } catch (error) {
        // No update of the file's format without its backup: the recovery screen says why.
        throw new DataFileError('folder', backupsDir, backupFailureMessage(error, backupsDir));
      }
    },
  });
  const backups = startBackupSchedule(db, backupsDir, options.clock);
  const savedPaths = new Set<string>();
  const context: WorkbookContext = {
    db,
    dataFile,
    ...options,
    guide: guideContentLoader(options.resourcesDir),
    files: trackSavedPaths(options.files, savedPaths),
    savedPaths,
  };

  const services = createServices(context);
  const handlers = {
    ...createAppHandlers(context, services),
    ...createGuideHandlers(context, services),
    ...createFileHandlers(context),
    ...createBackupHandlers(context, backups),
    ...createSelfAnalysisHandlers(context, services),
    ...createPopOpHandlers(context, services),
    ...createMeetingHandlers(context, services),
    ...createPreparationHandlers(context, services),
    ...createFinancingHandlers(context, services),
    ...createTeamHandlers(context, services),
    ...createDocxHandlers(context, services),
    ...createPrintSettingsHandlers(context, services),
    ...createDashboardHandlers(context, services),
    ...openRecoveryHandlers,
  } satisfies Handlers;

  return {
    handlers,
    dataFile,
    /** The open database, for tests and benchmarks that inspect it directly. */
    database: db,
    windowState: services.windowState,
    close(): void {
      backups.stop();
      db.close();
    },
  };
}
export type Workbook = ReturnType<typeof openWorkbook>;

/**
 * Every repository and service of the workbook, each built once on the open database. The
 * handler factories receive them from here and build none themselves, so two features share
 * one service (and its caches) rather than each holding a copy.
 */
function createServices(context: WorkbookContext) {
  const { db, guide } = context;
  const settingsRepository = createSettingsRepository(db);
  const settings = createSettingsService(settingsRepository);
  const selfAnalysisRepository = createSelfAnalysisRepository(db);
  const selfAnalyses = createSelfAnalysisService({ repository: selfAnalysisRepository, content: guide });
  const schemesRepository = createFinancingSchemesRepository(db);
  const teamCatalog = once(() => buildTeamCatalog(guide()));
  const guideNotes = createGuideNotesRepository(db);
  const guideSections = createGuideSections(guide);
  const plans = createPopOpRepository(db);
  const versions = createPopOpVersionsRepository(db);
  const popOp = createPopOpService({
    plans,
    versions,
    inTransaction: (work) => writeTransaction(db, work)(),
    guide,
    profile: () => settings.get().profile,
  });
  const popOpMeetings = createMeetingService({
    popOp,
    plans,
    versions,
    meetings: createPopOpMeetingsRepository(db),
    reminders: createPopOpMeetingRemindersRepository(db),
    inTransaction: (work) => writeTransaction(db, work)(),
  });
  return {
    settings,
    windowState: createWindowStateService(settingsRepository),
    printSettings: createPrintSettingsService({
      settings: settingsRepository,
      images: createSettingsImagesRepository(db),
    }),
    guideNotes,
    guideSections,
    guideBookmarks: createGuideBookmarksRepository(db),
    reasonReflections: createReasonReflectionsRepository(db),
    userTexts: createUserTextsRepository(db),
    selfAnalyses,
    popOp,
    popOpMeetings,
    preparation: createPreparationService({
      popOp,
      selfAnalyses,
      talkingPoints: createTalkingPointsRepository(db),
      meetings: popOpMeetings,
    }),
    financing: createFinancingService(
      createFinancingRepository(db),
      schemesRepository,
      createFinancingSources(context.resourcesDir, guide),
    ),
    localSchemes: createLocalSchemesService(schemesRepository),
    teamShare: createShareService({
      respondents: createTeamRespondentRepository(db),
      catalog: teamCatalog,
      run: (runId) => selfAnalyses.get(runId),
    }),
    teamRounds: createRoundService({ repository: createTeamRoundRepository(db), catalog: teamCatalog }),
    dashboard: createDashboardService({
      settings: settingsRepository,
      runs: selfAnalysisRepository,
      popOp,
      notes: guideNotes,
      noteSection: guideSections.section,
      guide,
    }),
  };
}
