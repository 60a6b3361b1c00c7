import type { RecoveryResult, RecoveryStatus } from '../contract/backup-channels';
import { channelNames, type Handlers } from '../contract/channels';
import { UserFacingError } from '../contract/envelope';
import type { BackupFile } from '../db/backups';
import { DataFileError } from '../db/data-file-error';
import { latestSchemaVersion } from '../db/migrations/index';
import { type Recovery, restoreChosenBackup, restoreNewestGoodBackup, setAside } from '../db/recover';
import { nothingToRecover } from './backup/open-recovery-handlers';
import { recoveryStatusFor } from './backup/recovery-status';
import { openWorkbook, type Workbook, type WorkbookOptions } from './workbook';

/** What the shell does for the recovery screen's "Afsluiten". */
export interface ShellHooks {
  quit(): void;
}

const notOpen =
  'Het werkboek is nog niet geopend, omdat er iets mis is met het werkboekbestand. Kies eerst wat je wilt doen.';

const toInfo = (backup: BackupFile) => ({
  fileName: backup.fileName,
  createdAt: backup.createdAt.toISOString(),
  size: backup.size,
  reason: backup.reason,
});

/**
 * Starts the application: opens the workbook, or, when its file cannot be used (damaged,
 * empty, a folder, unreadable, read-only, locked, newer), starts in a recovery state in
 * which only the recovery channels (and app.info) answer. The renderer then shows the
 * recovery screen; a restore or a fresh start opens the workbook and every channel works.
 * `handlers` stays the same object throughout, so a shell wires it up once.
 */
export function openOrRecover(options: WorkbookOptions, hooks: ShellHooks) {
  let workbook: Workbook | undefined;
  let status: RecoveryStatus = { state: 'ok' };

  const tryOpen = (): RecoveryStatus => {
    try {
      workbook = openWorkbook(options);
      status = { state: 'ok' };
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      status = recoveryStatusFor(error, options.dataDir, latestSchemaVersion);
    }
    return status;
  };

  const afterRecovery = (recovery: Recovery): RecoveryResult => ({
    keptAsideAs: recovery.keptAsideAs,
    restoredFrom: recovery.restoredFrom ? toInfo(recovery.restoredFrom) : null,
    skipped: recovery.skipped.map(toInfo),
    status: tryOpen(),
  });

  const recovering = (): Extract<RecoveryStatus, { state: 'recovery' }> => {
    if (status.state !== 'recovery') throw new UserFacingError('not-found', nothingToRecover);
    return status;
  };

  const recoveryHandlers = {
    'recovery.status': () => status,
    'recovery.restore': ({ fileName }: { fileName?: string }) => {
      if (!recovering().choices.restore) throw new UserFacingError('not-found', recovering().message);
      const recovery = fileName
        ? restoreChosenBackup(options.dataDir, fileName, latestSchemaVersion)
        : restoreNewestGoodBackup(options.dataDir, latestSchemaVersion);
      if (!recovery)
        throw new UserFacingError(
          'data-file',
          'Deze reservekopie is beschadigd of bestaat niet meer. Kies een andere.',
        );
      return afterRecovery(recovery);
    },
    'recovery.startEmpty': () => {
      if (!recovering().choices.startEmpty) throw new UserFacingError('not-found', recovering().message);
      return afterRecovery({ keptAsideAs: setAside(options.dataDir), restoredFrom: null, skipped: [] });
    },
    'recovery.retry': () => (status.state === 'recovery' ? tryOpen() : status),
    'recovery.quit': () => {
      hooks.quit();
      return null;
    },
  };

  tryOpen();
  const handlers = Object.fromEntries(
    channelNames.map((channel) => [
      channel,
      (input: unknown) => {
        if (channel.startsWith('recovery.'))
          return (recoveryHandlers[channel as keyof typeof recoveryHandlers] as (input: unknown) => unknown)(input);
        if (workbook) return (workbook.handlers[channel] as (input: unknown) => unknown)(input);
        if (channel === 'app.info') return options.app;
        throw new UserFacingError('data-file', notOpen);
      },
    ]),
  ) as Handlers;

  return {
    handlers,
    status: () => status,
    workbook: () => workbook,
    close(): void {
      workbook?.close();
    },
  };
}
export type AppSession = ReturnType<typeof openOrRecover>;
