import { closeSync, existsSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { cannotOpenMessage, DataFileError, errorCode, lockedMessage } from './data-file-error';
import { ensureDataFolder, inspectDataFile, privateFileMode } from './inspect-data-file';
import { migrate } from './migrate';
import type { Migration } from './migration';

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
  ensureDataFolder(dirname(file));
  if (existsSync(file)) inspectDataFile(file, latestVersion);
  let db: Database;
  try {
    // A new file is created readable by the user only; SQLite gives its -wal and -shm the same mode.
    if (!existsSync(file)) closeSync(openSync(file, 'wx', privateFileMode));
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
    // Another program took the file between the check and here.
    if (/^SQLITE_(BUSY|LOCKED)/.test(errorCode(error))) throw new DataFileError('locked', file, lockedMessage(file));
    throw error;
  }
}
