import { join } from 'node:path';
import type { AppInfo } from '../contract/app-channels';
import type { Handlers } from '../contract/channels';
import { backupsDirFor, createBackup } from '../db/backups';
import { type DataDirSource, dataFileName } from '../db/data-dir';
import { DataFileError } from '../db/data-file-error';
import { schemaVersion } from '../db/migrate';
import { migrations } from '../db/migrations/index';
import { openDatabase } from '../db/open-database';
import { createSettingsRepository } from '../db/settings-repository';
import { createAppHandlers } from './app/app-handlers';
import { backupFailureMessage } from './backup/backup-failure';
import { createBackupHandlers } from './backup/backup-handlers';
import { type ScheduleClock, startBackupSchedule } from './backup/backup-schedule';
import { openRecoveryHandlers } from './backup/open-recovery-handlers';
import type { FileDeliverer } from './files/file-deliverer';
import { createFileHandlers } from './files/file-handlers';
import { trackSavedPaths } from './files/tracked-deliverer';
import { createFinancingHandlers } from './financing/financing-handlers';
import { guideContentLoader } from './guide/guide-content-cache';
import { createGuideHandlers } from './guide/guide-handlers';
import { createPopOpHandlers } from './pop-op/pop-op-handlers';
import { createSelfAnalysisHandlers } from './self-analysis/self-analysis-handlers';
import { createWindowStateService } from './settings/window-state-service';
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
  /** The clock of the daily backup (tests pass a fake one). */
  clock?: ScheduleClock;
}

/**
 * The whole application behind the contract, on plain Node: opens the data file and
 * builds the handler table from each feature's handlers (one line per feature). Electron
 * and the browser host both start here.
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

  const handlers = {
    ...createAppHandlers(context),
    ...createGuideHandlers(context),
    ...createFileHandlers(context),
    ...createBackupHandlers(context, backups),
    ...createSelfAnalysisHandlers(context),
    ...createPopOpHandlers(context),
    ...createFinancingHandlers(context),
    ...createTeamHandlers(context),
    ...openRecoveryHandlers,
  } satisfies Handlers;

  return {
    handlers,
    dataFile,
    /** The open database, for tests and benchmarks that inspect it directly. */
    database: db,
    windowState: createWindowStateService(createSettingsRepository(db)),
    close(): void {
      backups.stop();
      db.close();
    },
  };
}
export type Workbook = ReturnType<typeof openWorkbook>;
