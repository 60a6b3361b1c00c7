import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { backupsDirFor, listBackups } from './backups';
import { dataFileName } from './data-dir';

export interface Recovery {
  /** Where the damaged file was put aside (never deleted). */
  damagedCopy: string;
  /** The backup that was put in its place. */
  restoredFrom: string;
}

/**
 * After a damaged workbook was detected: moves it (and its -wal/-shm) aside under a new
 * name and puts the newest backup in its place. Returns undefined when there is no backup,
 * in which case nothing is moved.
 */
export function restoreNewestBackup(dataDir: string, now: Date = new Date()): Recovery | undefined {
  const newest = listBackups(backupsDirFor(dataDir))[0];
  if (!newest) return undefined;
  const dataFile = join(dataDir, dataFileName);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const damagedCopy = `${dataFile}.beschadigd-${stamp}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(dataFile + suffix)) renameSync(dataFile + suffix, damagedCopy + suffix);
  }
  copyFileSync(newest.path, dataFile);
  return { damagedCopy, restoredFrom: newest.path };
}
