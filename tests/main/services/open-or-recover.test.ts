import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupsDirFor, createBackup } from '../../../main/db/backups';
import { dataFileName } from '../../../main/db/data-dir';
import { migrations } from '../../../main/db/migrations/index';
import { openDatabase } from '../../../main/db/open-database';
import { dispatch } from '../../../main/services/dispatch';
import { createDirectoryDeliverer } from '../../../main/services/files/directory-deliverer';
import { openOrRecover } from '../../../main/services/open-or-recover';
import { testPdfRenderer } from '../../helpers/pdf-worker';
import { seededWorkbook } from '../../helpers/seeded-workbook';
import { createTempDirs } from '../../helpers/temp-dir';
import { repoRoot } from '../../helpers/workbook';

const tempDir = createTempDirs();

function start(dataDir: string) {
  let quit = 0;
  const session = openOrRecover(
    {
      dataDir,
      dataDirSource: 'argument',
      resourcesDir: join(repoRoot, 'resources'),
      app: { name: 'Werkboek Overheidsparticipatie', version: 'test', shell: 'browser' },
      files: createDirectoryDeliverer(join(dataDir, 'exports')),
      pdf: testPdfRenderer(),
    },
    { quit: () => (quit += 1) },
  );
  return { session, quits: () => quit };
}

/** A data folder with a seeded workbook and one good backup of it. */
async function withBackup(): Promise<string> {
  const dataDir = tempDir();
  const workbook = await seededWorkbook(dataDir);
  createBackup(workbook.database, backupsDirFor(dataDir), 'dagelijks', new Date(Date.now() - 60 * 60_000));
  workbook.close();
  return dataDir;
}

const file = (dataDir: string) => join(dataDir, dataFileName);

const causes: [string, (dataDir: string) => void, string][] = [
  ['damaged', (dir) => writeFileSync(file(dir), readFileSync(file(dir)).fill(0x5a, 4096)), 'corrupt'],
  ['truncated', (dir) => writeFileSync(file(dir), readFileSync(file(dir)).subarray(0, 5000)), 'corrupt'],
  ['zero-length', (dir) => writeFileSync(file(dir), ''), 'empty'],
  ['not a workbook', (dir) => writeFileSync(file(dir), 'Dit is een brief.'), 'not-sqlite'],
  [
    'a directory',
    (dir) => {
      rmSync(file(dir));
      mkdirSync(file(dir));
    },
    'not-a-file',
  ],
  ['unreadable', (dir) => chmodSync(file(dir), 0o000), 'unreadable'],
  ['read-only', (dir) => chmodSync(file(dir), 0o444), 'read-only'],
  [
    'too new',
    (dir) => {
      const db = new BetterSqlite3(file(dir));
      db.pragma('user_version = 999');
      db.close();
    },
    'newer-version',
  ],
];

describe('starting with a workbook file that cannot be used', () => {
  it.each(causes)(
    '%s: starts in the recovery state, then restores the newest good backup',
    async (_name, damage, problem) => {
      const dataDir = await withBackup();
      for (const suffix of ['-wal', '-shm'])
        if (existsSync(file(dataDir) + suffix)) throw new Error('not checkpointed');
      damage(dataDir);
      const { session } = start(dataDir);
      const status = await dispatch(session.handlers, 'recovery.status', undefined);
      expect(status).toMatchObject({ ok: true, value: { state: 'recovery', problem, choices: { restore: true } } });
      const refused = await dispatch(session.handlers, 'popOp.list', undefined);
      expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('nog niet geopend') } });

      const restored = await dispatch(session.handlers, 'recovery.restore', {});
      expect(restored).toMatchObject({
        ok: true,
        value: { status: { state: 'ok' }, restoredFrom: { reason: 'dagelijks' } },
      });
      const aside = restored.ok ? (restored.value as { keptAsideAs: string | null }).keptAsideAs : null;
      expect(aside && existsSync(aside)).toBe(true);
      expect(await dispatch(session.handlers, 'settings.get', undefined)).toMatchObject({
        value: { profile: { name: 'Ayşe Kovačević' } },
      });
      session.close();
    },
  );

  it('a file locked by another program: only "try again" and "quit", nothing moved', async () => {
    const dataDir = await withBackup();
    const other = new BetterSqlite3(file(dataDir));
    other.pragma('journal_mode = DELETE');
    other.exec('BEGIN EXCLUSIVE');
    const { session, quits } = start(dataDir);
    expect(session.status()).toMatchObject({
      state: 'recovery',
      problem: 'locked',
      choices: { restore: false, retry: true },
    });
    expect(readdirSync(dataDir).filter((name) => name.includes('beschadigd'))).toEqual([]);
    other.exec('COMMIT');
    other.close();
    expect(await dispatch(session.handlers, 'recovery.retry', undefined)).toMatchObject({
      ok: true,
      value: { state: 'ok' },
    });
    expect(quits()).toBe(0);
    session.close();
  });

  it('a data folder that is a file says so in Dutch; quit asks the shell to stop', async () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'gegevens'), 'geen map');
    const { session, quits } = start(join(parent, 'gegevens'));
    expect(session.status()).toMatchObject({
      state: 'recovery',
      problem: 'folder',
      message: expect.stringContaining('bestand, geen map'),
    });
    await dispatch(session.handlers, 'recovery.quit', undefined);
    expect(quits()).toBe(1);
  });

  it('an update of the file format without a place for its backup waits, saying why', () => {
    const dataDir = tempDir();
    openDatabase(file(dataDir), { migrations: migrations.slice(0, -1) }).close();
    writeFileSync(backupsDirFor(dataDir), 'geen map');
    const { session } = start(dataDir);
    expect(session.status()).toMatchObject({
      state: 'recovery',
      problem: 'folder',
      message: expect.stringContaining('geen map'),
    });
    const db = new BetterSqlite3(file(dataDir), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-2)?.version);
    db.close();
  });

  it('starts empty on request, keeping the damaged file aside', async () => {
    const dataDir = await withBackup();
    writeFileSync(file(dataDir), '');
    const { session } = start(dataDir);
    const result = await dispatch(session.handlers, 'recovery.startEmpty', undefined);
    expect(result).toMatchObject({ ok: true, value: { status: { state: 'ok' }, restoredFrom: null } });
    expect(readdirSync(dataDir).some((name) => name.startsWith(`${dataFileName}.beschadigd-`))).toBe(true);
    expect(await dispatch(session.handlers, 'popOp.list', undefined)).toEqual({ ok: true, value: [] });
    session.close();
  });

  it('with the newest backup damaged, restores the newest good one and names the skipped one', async () => {
    const dataDir = await withBackup();
    const later = createBackupOf(dataDir);
    writeFileSync(later, readFileSync(later).fill(0x5a, 4096));
    writeFileSync(file(dataDir), 'kapot');
    const { session } = start(dataDir);
    const status = session.status();
    expect(status.state === 'recovery' && status.backups.map((backup) => backup.usable)).toEqual([false, true]);
    const restored = await dispatch(session.handlers, 'recovery.restore', {});
    expect(restored).toMatchObject({
      ok: true,
      value: { skipped: [{ fileName: expect.stringContaining('handmatig') }] },
    });
    session.close();
  });
});

function createBackupOf(dataDir: string): string {
  const db = new BetterSqlite3(file(dataDir));
  const backup = createBackup(db, backupsDirFor(dataDir), 'handmatig', new Date(Date.now() - 60_000));
  db.close();
  return backup.path;
}

describe('restoring a backup from Instellingen', () => {
  it('refuses a damaged one, names the newest good one, and changes nothing', async () => {
    const dataDir = await withBackup();
    const damaged = createBackupOf(dataDir);
    writeFileSync(damaged, readFileSync(damaged).fill(0x5a, 4096));
    const { session } = start(dataDir);
    const result = await dispatch(session.handlers, 'backup.restore', {
      fileName: damaged.split(/[\\/]/).at(-1) ?? '',
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(
          /beschadigd\. De nieuwste goede reservekopie is van .*; kies die\. Er is niets veranderd\./,
        ),
      },
    });
    session.close();
  });
});
