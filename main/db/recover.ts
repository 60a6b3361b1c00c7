import { chmodSync, copyFileSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { type BackupFile, backupsDirFor, checkBackup, listBackups } from './backups';
import { dataFileName } from './data-dir';
import { privateFileMode } from './inspect-data-file';

/** What a recovery did: where the old file went, which backup came in, which were passed over. */
export interface Recovery {
  /** Where the unusable file was put aside (never deleted); null when there was none. */
  keptAsideAs: string | null;
  /** The backup put in its place; null when the user started empty. */
  restoredFrom: BackupFile | null;
  /** Newer backups that were damaged (or from a newer version) and therefore skipped. */
  skipped: BackupFile[];
}

/**
 * Moves the data file (and its -wal/-shm) aside under a new name next to it, so a fresh
 * or restored file can take its place. Returns the new name, or null when there was no file.
 */
export function setAside(dataDir: string, now: Date = new Date()): string | null {
  const dataFile = join(dataDir, dataFileName);
  if (!existsSync(dataFile)) return null;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let aside = `${dataFile}.beschadigd-${stamp}`;
  for (let n = 2; existsSync(aside); n += 1) aside = `${dataFile}.beschadigd-${stamp}-${n}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(dataFile + suffix)) renameSync(dataFile + suffix, aside + suffix);
  }
  return aside;
}

/** A backup that passes `integrity_check`, is not newer than this code and holds the user's work. */
function usable(backup: BackupFile, latestVersion: number): boolean {
  const check = checkBackup(backup.path);
  return check.good && !check.empty && check.schemaVersion <= latestVersion;
}

/** The newest usable backup, and the newer ones that were not. */
export function newestGoodBackup(
  dataDir: string,
  latestVersion: number,
  now: Date = new Date(),
): { backup: BackupFile | undefined; skipped: BackupFile[] } {
  const skipped: BackupFile[] = [];
  for (const backup of listBackups(backupsDirFor(dataDir), now)) {
    if (usable(backup, latestVersion)) return { backup, skipped };
    skipped.push(backup);
  }
  return { backup: undefined, skipped };
}

/** Puts `backup` in place of the data file, after moving that aside. The backup is checked by the caller. */
export function putBackupInPlace(dataDir: string, backup: BackupFile, now: Date = new Date()): string | null {
  const keptAsideAs = setAside(dataDir, now);
  const dataFile = join(dataDir, dataFileName);
  copyFileSync(backup.path, dataFile);
  chmodSync(dataFile, privateFileMode);
  return keptAsideAs;
}

/**
 * After an unusable workbook was found: puts the newest GOOD backup in its place (each
 * candidate is checked with `integrity_check`; damaged ones are skipped and named). Returns
 * undefined, with nothing moved, when no backup is usable.
 */
export function restoreNewestGoodBackup(
  dataDir: string,
  latestVersion: number,
  now: Date = new Date(),
): Recovery | undefined {
  const { backup, skipped } = newestGoodBackup(dataDir, latestVersion, now);
  if (!backup) return undefined;
  return { keptAsideAs: putBackupInPlace(dataDir, backup, now), restoredFrom: backup, skipped };
}

/** Restores one chosen backup, when it passes the checks; undefined when it does not. */
export function restoreChosenBackup(
  dataDir: string,
  fileName: string,
  latestVersion: number,
  now: Date = new Date(),
): Recovery | undefined {
  const backup = listBackups(backupsDirFor(dataDir), now).find((candidate) => candidate.fileName === fileName);
  if (!backup) return undefined;
  const check = checkBackup(backup.path);
  if (!check.good || check.schemaVersion > latestVersion) return undefined;
  return { keptAsideAs: putBackupInPlace(dataDir, backup, now), restoredFrom: backup, skipped: [] };
}
