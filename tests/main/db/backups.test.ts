import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupsKeptByKind, weeklyBackupsKept } from '../../../main/db/backup-retention';
import { backupIfDue, backupsDirFor, createBackup, listBackups } from '../../../main/db/backups';
import { dataFileName } from '../../../main/db/data-dir';
import { DataFileError } from '../../../main/db/data-file-error';
import { latestSchemaVersion, migrations } from '../../../main/db/migrations/index';
import { openDatabase } from '../../../main/db/open-database';
import { restoreNewestGoodBackup } from '../../../main/db/recover';
import { createTempDirs } from '../../helpers/temp-dir';

const tempDir = createTempDirs();

/** A workbook with a profile and one note: something worth a backup. */
function workbookDb(dir: string) {
  const db = openDatabase(join(dir, dataFileName), { migrations });
  db.prepare(
    'INSERT INTO settings VALUES (\'profile\', \'{"name":"Anna"}\') ON CONFLICT DO UPDATE SET value = excluded.value',
  ).run();
  db.prepare("INSERT OR REPLACE INTO guide_notes VALUES ('doen/een', 'notitie', '2026-01-01T00:00:00.000Z')").run();
  return db;
}

const day = 24 * 60 * 60 * 1000;

describe('backups', () => {
  it('are checked, consistent copies readable by the user only', () => {
    const dir = tempDir();
    const db = workbookDb(dir);
    const backup = createBackup(db, backupsDirFor(dir), 'handmatig', new Date('2026-11-28T10:00:00Z'));
    db.close();
    expect(backup.fileName).toBe('werkboek-20261128-100000-000-handmatig.sqlite');
    const copy = new BetterSqlite3(backup.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT value FROM settings').pluck().get()).toBe('{"name":"Anna"}');
    copy.close();
    if (process.platform !== 'win32') {
      expect(statSync(backup.path).mode & 0o777).toBe(0o600);
      expect(statSync(backupsDirFor(dir)).mode & 0o777).toBe(0o700);
      expect(statSync(join(dir, dataFileName)).mode & 0o777).toBe(0o600);
    }
  });

  it('are kept by kind: 7 daily plus 4 weekly, the last 3 before an import, whatever else happens', () => {
    const dir = tempDir();
    const db = workbookDb(dir);
    const start = Date.UTC(2026, 9, 1);
    for (let n = 0; n < 60; n += 1) createBackup(db, backupsDirFor(dir), 'dagelijks', new Date(start + n * day));
    for (let n = 0; n < 11; n += 1)
      createBackup(db, backupsDirFor(dir), 'voor-import', new Date(start + 59 * day + (n + 1) * 60_000));
    createBackup(db, backupsDirFor(dir), 'handmatig', new Date(start + 59.5 * day));
    db.close();
    const backups = listBackups(backupsDirFor(dir), new Date(start + 60 * day));
    const ofKind = (reason: string) => backups.filter((backup) => backup.reason === reason);
    expect(ofKind('voor-import')).toHaveLength(backupsKeptByKind['voor-import']);
    expect(ofKind('handmatig')).toHaveLength(1);
    const daily = ofKind('dagelijks').map((backup) => backup.createdAt.toISOString().slice(0, 10));
    expect(daily.slice(0, 7)).toEqual([
      '2026-11-29',
      '2026-11-28',
      '2026-11-27',
      '2026-11-26',
      '2026-11-25',
      '2026-11-24',
      '2026-11-23',
    ]);
    // Beyond the last week: one per calendar week, for four weeks, each a week or so apart.
    const weekly = ofKind('dagelijks').slice(7);
    expect(weekly).toHaveLength(weeklyBackupsKept);
    for (const [index, backup] of weekly.slice(1).entries()) {
      const gap = (weekly[index]?.createdAt.getTime() ?? 0) - backup.createdAt.getTime();
      expect(gap).toBeGreaterThanOrEqual(7 * day);
    }
  });

  it('make a daily copy only when the newest is older than a day', () => {
    const dir = tempDir();
    const db = workbookDb(dir);
    expect(backupIfDue(db, backupsDirFor(dir), new Date('2026-11-28T08:00:00Z'))).toBeDefined();
    expect(backupIfDue(db, backupsDirFor(dir), new Date('2026-11-28T20:00:00Z'))).toBeUndefined();
    expect(backupIfDue(db, backupsDirFor(dir), new Date('2026-11-29T09:00:00Z'))).toBeDefined();
    db.close();
  });

  it('are not blocked by a future-dated backup (a wrong clock once), which is listed last', () => {
    const dir = tempDir();
    const db = workbookDb(dir);
    createBackup(db, backupsDirFor(dir), 'dagelijks', new Date('2031-01-01T00:00:00Z'));
    const now = new Date('2026-11-28T08:00:00Z');
    const made = backupIfDue(db, backupsDirFor(dir), now);
    db.close();
    expect(made?.fileName).toMatch(/^werkboek-20261128-/);
    const listed = listBackups(backupsDirFor(dir), now);
    expect(listed.map((backup) => backup.future)).toEqual([false, true]);
  });

  it('make no daily copy of an empty workbook, so an empty one is never the newest', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, dataFileName), { migrations });
    expect(backupIfDue(db, backupsDirFor(dir), new Date('2026-11-28T08:00:00Z'))).toBeUndefined();
    db.close();
    expect(listBackups(backupsDirFor(dir))).toEqual([]);
  });

  it('refuse plainly when the backup folder is a file', () => {
    const dir = tempDir();
    const db = workbookDb(dir);
    writeFileSync(backupsDirFor(dir), 'geen map');
    expect(() => createBackup(db, backupsDirFor(dir), 'handmatig')).toThrow(/ENOTDIR|EEXIST|geen map/);
    db.close();
  });
});

function damagedWorkbook(dir: string, damage: (bytes: Buffer) => Buffer): Buffer {
  const file = join(dir, dataFileName);
  const damaged = damage(Buffer.from(readFileSync(file)));
  writeFileSync(file, damaged);
  return damaged;
}

describe('recovery from a damaged workbook', () => {
  it.each([
    ['overwritten pages', (bytes: Buffer) => bytes.fill(0x5a, 4096, bytes.length)],
    ['truncated to a third', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 3))],
    ['not SQLite at all', () => Buffer.from('{"dit":"is json"}')],
    ['header destroyed', (bytes: Buffer) => bytes.fill(0, 0, 100)],
    ['zero bytes', () => Buffer.alloc(0)],
  ])('%s: detected, kept aside untouched, newest backup restored', (_kind, damage) => {
    const dir = tempDir();
    const db = workbookDb(dir);
    const insert = db.prepare("INSERT INTO guide_notes VALUES (?, 'notitie', '2026-01-01T00:00:00.000Z')");
    // One transaction: 400 separate commits each wait for the disk, slow on a loaded machine.
    db.transaction(() => {
      for (let i = 0; i < 400; i += 1) insert.run(`doen/blok-${i}`);
    })();
    createBackup(db, backupsDirFor(dir), 'dagelijks');
    db.close();

    const damaged = damagedWorkbook(dir, damage);
    expect(() => openDatabase(join(dir, dataFileName), { migrations })).toThrow(DataFileError);

    const recovery = restoreNewestGoodBackup(dir, latestSchemaVersion);
    expect(readFileSync(recovery?.keptAsideAs ?? '').equals(damaged)).toBe(true);
    const reopened = openDatabase(join(dir, dataFileName), { migrations });
    expect(reopened.prepare('SELECT count(*) FROM guide_notes').pluck().get()).toBe(401);
    reopened.close();
  });

  it('skips a damaged newest backup and restores the newest good one, saying which', () => {
    const dir = tempDir();
    const db = workbookDb(dir);
    const older = createBackup(db, backupsDirFor(dir), 'dagelijks', new Date('2026-11-26T08:00:00Z'));
    const good = createBackup(db, backupsDirFor(dir), 'dagelijks', new Date('2026-11-27T08:00:00Z'));
    const newest = createBackup(db, backupsDirFor(dir), 'dagelijks', new Date('2026-11-28T08:00:00Z'));
    db.close();
    const bytes = readFileSync(newest.path);
    writeFileSync(newest.path, bytes.fill(0x5a, 4096));
    damagedWorkbook(dir, () => Buffer.from('kapot'));

    const recovery = restoreNewestGoodBackup(dir, latestSchemaVersion, new Date('2026-11-28T09:00:00Z'));
    expect(recovery?.restoredFrom?.fileName).toBe(good.fileName);
    expect(recovery?.skipped.map((backup) => backup.fileName)).toEqual([newest.fileName]);
    expect(older.fileName).not.toBe(good.fileName);
    const reopened = openDatabase(join(dir, dataFileName), { migrations });
    expect(reopened.prepare('SELECT count(*) FROM guide_notes').pluck().get()).toBe(1);
    reopened.close();
  });

  it('moves nothing when there is no usable backup', () => {
    const dir = tempDir();
    writeFileSync(join(dir, dataFileName), 'kapot');
    expect(restoreNewestGoodBackup(dir, latestSchemaVersion)).toBeUndefined();
    expect(readFileSync(join(dir, dataFileName), 'utf8')).toBe('kapot');
  });
});
