import { basename, join } from 'node:path';
import type { RecoveryBackup, RecoveryStatus } from '../../contract/backup-channels';
import { type BackupFile, backupsDirFor, checkBackup, listBackups } from '../../db/backups';
import { dataFileName } from '../../db/data-dir';
import type { DataFileError, DataFileProblem } from '../../db/data-file-error';

/** Problems a backup or an empty workbook can solve; a lock or a folder needs the user (or IT) first. */
const repairable = new Set<DataFileProblem>([
  'not-sqlite',
  'corrupt',
  'empty',
  'not-a-file',
  'unreadable',
  'read-only',
  'newer-version',
]);

function checked(backup: BackupFile, latestVersion: number): RecoveryBackup {
  const check = checkBackup(backup.path);
  return {
    fileName: backup.fileName,
    createdAt: backup.createdAt.toISOString(),
    size: backup.size,
    reason: backup.reason,
    usable: check.good && !check.empty && check.schemaVersion <= latestVersion,
  };
}

/** What the recovery screen shows for `error`: every backup checked, the newest good one, the choices. */
export function recoveryStatusFor(
  error: DataFileError,
  dataDir: string,
  latestVersion: number,
  now: Date = new Date(),
): Extract<RecoveryStatus, { state: 'recovery' }> {
  const backups = error.problem === 'folder' ? [] : listBackups(backupsDirFor(dataDir), now);
  const all = backups.map((backup) => checked(backup, latestVersion));
  const canRepair = repairable.has(error.problem);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return {
    state: 'recovery',
    problem: error.problem,
    message: error.message,
    file: error.problem === 'folder' ? error.file : join(dataDir, dataFileName),
    asideName: `${basename(dataFileName)}.beschadigd-${stamp}`,
    choices: { restore: canRepair && all.some((b) => b.usable), startEmpty: canRepair, retry: !canRepair },
    newestGood: all.find((backup) => backup.usable) ?? null,
    backups: all,
  };
}
