import { closeSync, mkdirSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import {
  cannotOpenMessage,
  corruptMessage,
  DataFileError,
  emptyFileMessage,
  errorCode,
  folderMessage,
  lockedMessage,
  newerVersionMessage,
  notAFileMessage,
  notSqliteMessage,
  readOnlyMessage,
  unreadableMessage,
} from './data-file-error';
import { schemaVersion } from './migrate';

const sqliteHeader = 'SQLite format 3\0';
/** Data folders and files are the user's alone (where the platform has modes). */
export const privateDirMode = 0o700;
export const privateFileMode = 0o600;

/** Creates the data folder (readable by the user only), or says in Dutch why it cannot be one. */
export function ensureDataFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: privateDirMode });
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    const code = errorCode(error);
    const detail = code === 'EEXIST' || code === 'ENOTDIR' ? 'het is een bestand, geen map' : code || 'onbekende fout';
    throw new DataFileError('folder', dir, folderMessage(dir, detail));
  }
}

function readHeader(file: string): string {
  const buffer = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('latin1');
}

/** What the file system alone tells: a folder, zero bytes, no read or write permission. */
function checkFileSystem(file: string, stats: Stats): void {
  if (stats.isDirectory()) throw new DataFileError('not-a-file', file, notAFileMessage(file));
  // The mode bits, not access(): they say the same for every user, also for an administrator.
  if ((stats.mode & 0o400) === 0) throw new DataFileError('unreadable', file, unreadableMessage(file));
  if (stats.size === 0) throw new DataFileError('empty', file, emptyFileMessage(file));
  if ((stats.mode & 0o200) === 0) throw new DataFileError('read-only', file, readOnlyMessage(file));
}

function classifySqliteError(file: string, error: unknown): DataFileError {
  if (error instanceof DataFileError) return error;
  const code = errorCode(error);
  if (code === 'SQLITE_NOTADB') return new DataFileError('not-sqlite', file, notSqliteMessage(file));
  if (code.startsWith('SQLITE_CORRUPT')) return new DataFileError('corrupt', file, corruptMessage(file, code));
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new DataFileError('locked', file, lockedMessage(file));
  if (code === 'EACCES' || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM'))
    return new DataFileError('unreadable', file, unreadableMessage(file));
  return new DataFileError('cannot-open', file, cannotOpenMessage(file, error instanceof Error ? error.message : code));
}

/**
 * Checks an existing file without writing to it: read-only, so a file that is damaged or
 * newer than this code is left exactly as it was. Throws a DataFileError saying what is wrong.
 */
export function inspectDataFile(file: string, latestVersion: number): void {
  let db: Database | undefined;
  try {
    checkFileSystem(file, statSync(file));
    if (readHeader(file) !== sqliteHeader) throw new DataFileError('not-sqlite', file, notSqliteMessage(file));
    // A lock held longer than two seconds is another program at work, not a passing checkpoint.
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, timeout: 2000 });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DataFileError('corrupt', file, corruptMessage(file, String(check)));
    const version = schemaVersion(db);
    if (version > latestVersion) {
      throw new DataFileError('newer-version', file, newerVersionMessage(file, version, latestVersion));
    }
  } catch (error) {
    throw classifySqliteError(file, error);
  } finally {
    db?.close();
  }
}
