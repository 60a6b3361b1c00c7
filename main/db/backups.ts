import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';

/** How many automatic copies are kept; the oldest go first. */
export const backupsKept = 10;
/** A new automatic copy at start when the newest is older than this. */
export const backupInterval = 24 * 60 * 60 * 1000;

export type BackupReason = 'dagelijks' | 'voor-migratie' | 'handmatig' | 'voor-terugzetten' | 'voor-import';

export interface BackupFile {
  fileName: string;
  path: string;
  createdAt: Date;
  size: number;
  reason: string;
}

const namePattern = /^werkboek-(\d{8})-(\d{6})-(\d{3})-([a-z-]+)\.sqlite$/;

/** The folder next to the workbook that holds its backups. */
export function backupsDirFor(dataDir: string): string {
  return join(dataDir, 'reservekopieen');
}

function fileNameFor(now: Date, reason: BackupReason): string {
  const iso = now.toISOString(); // 2026-11-28T10:11:12.345Z
  const date = iso.slice(0, 10).replaceAll('-', '');
  const time = iso.slice(11, 19).replaceAll(':', '');
  return `werkboek-${date}-${time}-${iso.slice(20, 23)}-${reason}.sqlite`;
}

/** Backups in the folder, newest first; files that are not ours are ignored. */
export function listBackups(dir: string): BackupFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((fileName) => {
      const match = namePattern.exec(fileName);
      if (!match) return [];
      const [, date = '', time = '', millis = '', reason = ''] = match;
      const createdAt = new Date(
        `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${millis}Z`,
      );
      const path = join(dir, fileName);
      return [{ fileName, path, createdAt, size: statSync(path).size, reason }];
    })
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/**
 * Writes a consistent copy of the open database with `VACUUM INTO`: SQLite copies the
 * database as one read transaction (like its backup API, but synchronous, so it can run
 * right before a migration), compacted. Then only the newest `backupsKept` copies stay.
 */
export function createBackup(db: Database, dir: string, reason: BackupReason, now: Date = new Date()): BackupFile {
  mkdirSync(dir, { recursive: true });
  let fileName = fileNameFor(now, reason);
  while (existsSync(join(dir, fileName))) fileName = fileNameFor(new Date(now.getTime() + 1), reason);
  const path = join(dir, fileName);
  db.prepare('VACUUM INTO ?').run(path);
  for (const old of listBackups(dir).slice(backupsKept)) rmSync(old.path, { force: true });
  const created = listBackups(dir).find((backup) => backup.fileName === fileName);
  if (!created) throw new Error(`backup ${fileName} was not written`);
  return created;
}

/** A daily copy at start: only when the newest is older than a day (or there is none). */
export function backupIfDue(db: Database, dir: string, now: Date = new Date()): BackupFile | undefined {
  const newest = listBackups(dir)[0];
  if (newest && now.getTime() - newest.createdAt.getTime() < backupInterval) return undefined;
  return createBackup(db, dir, 'dagelijks', now);
}
