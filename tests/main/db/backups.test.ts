import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupIfDue, backupsDirFor, backupsKept, createBackup, listBackups } from '../../../main/db/backups';
import { dataFileName } from '../../../main/db/data-dir';
import { DataFileError } from '../../../main/db/data-file-error';
import { migrations } from '../../../main/db/migrations/index';
import { openDatabase } from '../../../main/db/open-database';
import { restoreNewestBackup } from '../../../main/db/recover';
import { createTempDirs } from '../../helpers/temp-dir';

const tempDir = createTempDirs();

function workbookDb(dir: string) {
  const db = openDatabase(join(dir, dataFileName), { migrations });
  db.prepare(
    'INSERT INTO settings VALUES (\'profile\', \'{"name":"Anna"}\') ON CONFLICT DO UPDATE SET value = excluded.value',
  ).run();
  return db;
}

describe('backups', () => {
  it('are consistent copies that open and hold the data', () => {
    const dir = tempDir();
    const db = workbookDb(dir);
    const backup = createBackup(db, backupsDirFor(dir), 'handmatig', new Date('2026-11-28T10:00:00Z'));
    db.close();
    expect(backup.fileName).toBe('werkboek-20261128-100000-000-handmatig.sqlite');
    const copy = new BetterSqlite3(backup.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT value FROM settings').pluck().get()).toBe('{"name":"Anna"}');
    copy.close();
  });

  it(`keep only the newest ${backupsKept}, listed newest first`, () => {
    const dir = tempDir();
    const db = workbookDb(dir);
    for (let day = 1; day <= backupsKept + 3; day += 1)
      createBackup(db, backupsDirFor(dir), 'dagelijks', new Date(Date.UTC(2026, 10, day)));
    db.close();
    const backups = listBackups(backupsDirFor(dir));
    expect(backups).toHaveLength(backupsKept);
    expect(backups[0]?.createdAt.toISOString()).toBe('2026-11-13T00:00:00.000Z');
    expect(backups.at(-1)?.createdAt.toISOString()).toBe('2026-11-04T00:00:00.000Z');
  });

  it('make a daily copy only when the newest is older than a day', () => {
    const dir = tempDir();
    const db = workbookDb(dir);
    expect(backupIfDue(db, backupsDirFor(dir), new Date('2026-11-28T08:00:00Z'))).toBeDefined();
    expect(backupIfDue(db, backupsDirFor(dir), new Date('2026-11-28T20:00:00Z'))).toBeUndefined();
    expect(backupIfDue(db, backupsDirFor(dir), new Date('2026-11-29T09:00:00Z'))).toBeDefined();
    db.close();
  });
});

describe('recovery from a damaged workbook', () => {
  it.each([
    ['overwritten pages', (bytes: Buffer) => bytes.fill(0x5a, 4096, bytes.length)],
    ['truncated to a third', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 3))],
    ['not SQLite at all', () => Buffer.from('{"dit":"is json"}')],
    ['header destroyed', (bytes: Buffer) => bytes.fill(0, 0, 100)],
  ])('%s: detected, kept aside untouched, newest backup restored', (_kind, damage) => {
    const dir = tempDir();
    const db = workbookDb(dir);
    const insert = db.prepare("INSERT INTO guide_notes VALUES (?, 'notitie', '2026-01-01')");
    // One transaction: 400 separate commits each wait for the disk, slow on a loaded machine.
    db.transaction(() => {
      for (let i = 0; i < 400; i += 1) insert.run(`doen/blok-${i}`);
    })();
    createBackup(db, backupsDirFor(dir), 'dagelijks');
    db.close();

    const file = join(dir, dataFileName);
    const damaged = damage(Buffer.from(readFileSync(file)));
    writeFileSync(file, damaged);
    expect(() => openDatabase(file, { migrations })).toThrow(DataFileError);

    const recovery = restoreNewestBackup(dir);
    expect(recovery).toBeDefined();
    expect(readFileSync(recovery?.damagedCopy ?? '').equals(damaged)).toBe(true);
    const reopened = openDatabase(file, { migrations });
    expect(reopened.prepare('SELECT count(*) FROM guide_notes').pluck().get()).toBe(400);
    reopened.close();
  });

  it('moves nothing when there is no backup', () => {
    const dir = tempDir();
    writeFileSync(join(dir, dataFileName), 'kapot');
    expect(restoreNewestBackup(dir)).toBeUndefined();
    expect(readFileSync(join(dir, dataFileName), 'utf8')).toBe('kapot');
  });
});
