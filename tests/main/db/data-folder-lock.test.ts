import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFolderInUseError, lockDataFolder, lockFileName } from '../../../main/db/data-folder-lock';
import { createTempDirs } from '../../helpers/temp-dir';

const tempDir = createTempDirs();

/** The pid of a process that has certainly ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('lockDataFolder', () => {
  it('refuses a second claim on the same folder with a Dutch message, and allows it after release', () => {
    const dir = tempDir();
    const first = lockDataFolder(dir, 'browser');
    let refusal: unknown;
    try {
      lockDataFolder(dir, 'electron');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataFolderInUseError);
    expect((refusal as Error).message).toMatch(/is al geopend.*sluit het en probeer het dan opnieuw/);
    first.release();
    expect(existsSync(join(dir, lockFileName))).toBe(false);
    lockDataFolder(dir, 'electron').release();
  });

  it('takes over a lock left behind by a process that no longer runs', () => {
    const dir = tempDir();
    const stale = { pid: deadPid(), hostname: hostname(), shell: 'browser', startedAt: '2026-01-01T00:00:00Z' };
    writeFileSync(join(dir, lockFileName), JSON.stringify(stale));
    const lock = lockDataFolder(dir, 'browser');
    expect(JSON.parse(readFileSync(join(dir, lockFileName), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over an unreadable lock file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, lockFileName), '');
    lockDataFolder(dir, 'browser').release();
  });

  it('leaves a lock alone that is no longer its own', () => {
    const dir = tempDir();
    const lock = lockDataFolder(dir, 'browser');
    const other = { pid: process.pid, hostname: hostname(), shell: 'browser', startedAt: '2030-01-01T00:00:00Z' };
    writeFileSync(join(dir, lockFileName), JSON.stringify(other));
    lock.release();
    expect(existsSync(join(dir, lockFileName))).toBe(true);
  });
});
