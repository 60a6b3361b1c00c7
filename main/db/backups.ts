import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { BackupReason } from '../contract/backup-channels';
import { backupsToRemove } from './backup-retention';
import { privateDirMode, privateFileMode } from './inspect-data-file';
import { schemaVersion } from './migrate';
import { userTables } from './replace-contents';

export type { BackupReason };

/** A new automatic copy when the newest (not future-dated) one is older than this. */
export const backupInterval = 24 * 60 * 60 * 1000;

export interface BackupFile {
  fileName: string;
  path: string;
  createdAt: Date;
  size: number;
  reason: string;
  /** The name carries a moment after "now" (a wrong clock once): its date cannot be trusted. */
  future: boolean;
}

/** What opening a backup on its own tells. */
export interface BackupCheck {
  good: boolean;
  /** Nothing of the user's in it (no rows outside the settings). */
  empty: boolean;
  schemaVersion: number;
}

const namePattern = /^werkboek-(\d{8})-(\d{6})-(\d{3})-([a-z-]+)\.sqlite$/;
/** Tables that hold window position and profile, not work: a workbook with only these is empty. */
const nonContentTables = new Set(['settings']);

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

function parseName(dir: string, fileName: string, now: Date): BackupFile[] {
  const match = namePattern.exec(fileName);
  if (!match) return [];
  const [, date = '', time = '', millis = '', reason = ''] = match;
  const createdAt = new Date(
    `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${millis}Z`,
  );
  if (Number.isNaN(createdAt.getTime())) return [];
  const path = join(dir, fileName);
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats?.isFile()) return [];
  return [{ fileName, path, createdAt, size: stats.size, reason, future: createdAt.getTime() > now.getTime() }];
}

/**
 * Backups in the folder, newest first; files that are not ours are ignored. Future-dated
 * ones (made while the clock was wrong) come last: their date says nothing about their age.
 */
export function listBackups(dir: string, now: Date = new Date()): BackupFile[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .flatMap((fileName) => parseName(dir, fileName, now))
    .sort((a, b) => Number(a.future) - Number(b.future) || b.createdAt.getTime() - a.createdAt.getTime());
}

/** True when no table but the settings holds a row. */
export function isEmptyWorkbook(db: Database, schema = 'main'): boolean {
  return userTables(db, schema)
    .filter((table) => !nonContentTables.has(table))
    .every((table) => db.prepare(`SELECT 1 FROM ${schema}."${table}" LIMIT 1`).get() === undefined);
}

/** Opens a backup read-only and runs SQLite's full `integrity_check` on it. Never throws. */
export function checkBackup(path: string): BackupCheck {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    const good = db.pragma('integrity_check', { simple: true }) === 'ok';
    return { good, empty: good && isEmptyWorkbook(db), schemaVersion: good ? schemaVersion(db) : 0 };
  } catch {
    return { good: false, empty: false, schemaVersion: 0 };
  } finally {
    db?.close();
  }
}

/** Makes the backup folder (the user's alone); says plainly when something else is in its place. */
function ensureBackupsDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: privateDirMode });
  if (!statSync(dir).isDirectory()) throw Object.assign(new Error(`${dir} is geen map`), { code: 'ENOTDIR' });
}

/**
 * Writes a consistent copy of the open database with `VACUUM INTO` (one read transaction,
 * synchronous, so it can run right before a migration) under a temporary name, checks it
 * with `integrity_check`, and only then gives it its real name. Then prunes by kind.
 */
export function createBackup(db: Database, dir: string, reason: BackupReason, now: Date = new Date()): BackupFile {
  ensureBackupsDir(dir);
  let moment = now;
  while (existsSync(join(dir, fileNameFor(moment, reason)))) moment = new Date(moment.getTime() + 1);
  const fileName = fileNameFor(moment, reason);
  const path = join(dir, fileName);
  const partial = `${path}.deels`;
  rmSync(partial, { force: true });
  db.prepare('VACUUM INTO ?').run(partial);
  chmodSync(partial, privateFileMode);
  if (!checkBackup(partial).good) {
    rmSync(partial, { force: true });
    throw new Error(`backup ${fileName} failed its integrity check`);
  }
  renameSync(partial, path);
  for (const old of backupsToRemove(listBackups(dir, now))) {
    if (old.fileName !== fileName) rmSync(old.path, { force: true });
  }
  const created = listBackups(dir, now).find((backup) => backup.fileName === fileName);
  if (!created) throw new Error(`backup ${fileName} was not written`);
  return created;
}

/**
 * A daily copy: when no trustworthy backup is younger than a day. Future-dated names never
 * block it, and a workbook with nothing in it gets none (it would be "newest" for nothing).
 */
export function backupIfDue(db: Database, dir: string, now: Date = new Date()): BackupFile | undefined {
  const newest = listBackups(dir, now).find((backup) => !backup.future);
  if (newest && now.getTime() - newest.createdAt.getTime() < backupInterval) return undefined;
  if (isEmptyWorkbook(db)) return undefined;
  return createBackup(db, dir, 'dagelijks', now);
}
