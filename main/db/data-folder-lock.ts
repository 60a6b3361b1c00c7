import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The file that says which process has the data folder open. */
export const lockFileName = 'werkboek.lock';

/** Who holds the data folder: enough to tell whether that process still runs, and to tell the user. */
export interface LockOwner {
  pid: number;
  hostname: string;
  /** 'electron' or 'browser': which kind of werkboek holds the folder. */
  shell: string;
  startedAt: string;
}

/** A second werkboek wanted a data folder another one still has open. Nothing was opened or written. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(inUseMessage(dataDir, owner));
    this.name = 'DataFolderInUseError';
  }
}

function inUseMessage(dataDir: string, owner: LockOwner): string {
  const since = new Date(owner.startedAt).toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'short' });
  const where = owner.hostname === hostname() ? '' : ` op de computer ${owner.hostname}`;
  return (
    `Het werkboek in de map ${dataDir} is al geopend${where} (sinds ${since}). ` +
    'Twee vensters op hetzelfde werkboek kunnen elkaars werk overschrijven, daarom opent dit venster het niet. ' +
    'Ga naar het werkboek dat al open is, of sluit het en probeer het dan opnieuw.'
  );
}

export interface DataFolderLock {
  /** Removes the lock file (only when it is still ours). */
  release(): void;
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { pid, hostname: host, shell, startedAt } = parsed as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof host !== 'string') return undefined;
    return { pid, hostname: host, shell: String(shell ?? ''), startedAt: String(startedAt ?? '') };
  } catch {
    return undefined;
  }
}

/** True while the owner may still be running; a process on another computer is assumed to run. */
function isAlive(owner: LockOwner): boolean {
  if (owner.hostname !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Creates the lock file in one atomic step: the full content is written to a file of its own
 * and then hard-linked under the lock's name, which fails when the lock already exists. So no
 * other process can ever read a half-written lock.
 */
function tryCreate(file: string, owner: LockOwner): boolean {
  const draft = `${file}.${randomUUID()}`;
  writeFileSync(draft, JSON.stringify(owner));
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') return tryCreateExclusive(file, owner);
    throw error;
  } finally {
    unlinkSync(draft);
  }
}

/**
 * For file systems without hard links (FAT32 and exFAT USB sticks, where the portable build
 * keeps its data): create-if-absent in one step. A reader may briefly see it empty, and then
 * treats it as left behind; the creator's own write follows at once.
 */
function tryCreateExclusive(file: string, owner: LockOwner): boolean {
  try {
    writeFileSync(file, JSON.stringify(owner), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Claims the data folder for this process, so a second browser host or app on the same folder
 * stops with a clear message instead of racing the first for the file. A lock left behind by a
 * process that no longer runs (a crash, a killed process) is taken over.
 */
export function lockDataFolder(dataDir: string, shell: string): DataFolderLock {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch {
    // The folder itself is unusable (a file by that name, no rights): opening the workbook
    // fails the same way a moment later and the recovery screen explains it; nothing to lock.
    return { release: () => undefined };
  }
  const file = join(dataDir, lockFileName);
  const me: LockOwner = { pid: process.pid, hostname: hostname(), shell, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (tryCreate(file, me)) return { release: () => releaseIfOurs(file, me) };
    const owner = readOwner(file);
    if (owner && isAlive(owner)) throw new DataFolderInUseError(dataDir, owner);
    // Left behind by a process that is gone (or unreadable): remove it and try again.
    try {
      unlinkSync(file);
    } catch {
      // Another process removed it first; the next attempt decides.
    }
  }
  const owner = readOwner(file);
  throw new DataFolderInUseError(dataDir, owner ?? me);
}

function releaseIfOurs(file: string, me: LockOwner): void {
  const owner = readOwner(file);
  if (owner?.pid !== me.pid || owner.startedAt !== me.startedAt) return;
  try {
    unlinkSync(file);
  } catch {
    // Already gone: nothing to release.
  }
}
