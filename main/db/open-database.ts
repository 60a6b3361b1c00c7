import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import {
  cannotOpenMessage,
  corruptMessage,
  DataFileError,
  newerVersionMessage,
  notSqliteMessage,
} from './data-file-error';
import { migrate, schemaVersion } from './migrate';
import type { Migration } from './migration';

const sqliteHeader = 'SQLite format 3\0';

function hasSqliteHeader(file: string): boolean {
  if (statSync(file).size === 0) return true;
  const buffer = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('latin1') === sqliteHeader;
}

function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/**
 * Checks an existing file without writing to it: read-only, so a file that is damaged or
 * newer than this code is left exactly as it was.
 */
function inspectExisting(file: string, latestVersion: number): void {
  if (!hasSqliteHeader(file)) throw new DataFileError('not-sqlite', file, notSqliteMessage(file));
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DataFileError('corrupt', file, corruptMessage(file, String(check)));
    const version = schemaVersion(db);
    if (version > latestVersion) {
      throw new DataFileError('newer-version', file, newerVersionMessage(file, version, latestVersion));
    }
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    const code = sqliteCode(error);
    if (code === 'SQLITE_NOTADB') throw new DataFileError('not-sqlite', file, notSqliteMessage(file));
    if (code.startsWith('SQLITE_CORRUPT')) throw new DataFileError('corrupt', file, corruptMessage(file, code));
    throw new DataFileError(
      'cannot-open',
      file,
      cannotOpenMessage(file, error instanceof Error ? error.message : code),
    );
  } finally {
    db?.close();
  }
}

export interface OpenOptions {
  migrations: readonly Migration[];
  /** Called before the first pending migration runs, with the file still at its old version. */
  beforeMigrating?: (db: Database) => void;
}

/**
 * Opens (or creates) the workbook: integrity and version checked first, then WAL,
 * synchronous=FULL, foreign keys and a busy timeout, then pending migrations.
 */
export function openDatabase(file: string, options: OpenOptions): Database {
  const latestVersion = options.migrations.at(-1)?.version ?? 0;
  mkdirSync(dirname(file), { recursive: true });
  if (existsSync(file)) inspectExisting(file, latestVersion);
  let db: Database;
  try {
    db = new BetterSqlite3(file);
  } catch (error) {
    throw new DataFileError('cannot-open', file, cannotOpenMessage(file, error instanceof Error ? error.message : ''));
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, options.migrations, () => options.beforeMigrating?.(db));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
