import { join } from 'node:path';
import type { AppInfo } from '../contract/app-channels';
import type { Handlers } from '../contract/channels';
import { backupsDirFor, createBackup } from '../db/backups';
import { type DataDirSource, dataFileName } from '../db/data-dir';
import { DataFileError } from '../db/data-file-error';
import { schemaVersion } from '../db/migrate';
import { migrations } from '../db/migrations/index';
import { openDatabase } from '../db/open-database';
import { createAppHandlers } from './app/app-handlers';
import { backupFailureMessage } from './backup/backup-failure';
import { createBackupHandlers } from './backup/backup-handlers';
import { type ScheduleClock, startBackupSchedule } from './backup/backup-schedule';
import { openRecoveryHandlers } from './backup/open-recovery-handlers';
import { createDashboardHandlers } from './dashboard/dashboard-handlers';
import { createDocxHandlers } from './docx/docx-handlers';
import type { FileDeliverer } from './files/file-deliverer';
import { createFileHandlers } from './files/file-handlers';
import { trackSavedPaths } from './files/tracked-deliverer';
import { createFinancingHandlers } from './financing/financing-handlers';
import { guideContentLoader } from './guide/guide-content-cache';
import { createGuideHandlers } from './guide/guide-handlers';
import type { PdfRenderer } from './pdf-jobs/pdf-worker-pool';
import { createMeetingHandlers } from './pop-op/meeting-handlers';
import { createPopOpHandlers } from './pop-op/pop-op-handlers';
import { createPreparationHandlers } from './pop-op/preparation-handlers';
import { createSelfAnalysisHandlers } from './self-analysis/self-analysis-handlers';
import { createServices } from './services';
import { createPrintSettingsHandlers } from './settings/print-settings-handlers';
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
