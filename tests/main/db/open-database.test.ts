import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../../main/db/data-file-error';
import { migrations } from '../../../main/db/migrations/index';
import { openDatabase } from '../../../main/db/open-database';
import { createTempDirs } from '../../helpers/temp-dir';

const tempDir = createTempDirs();

function openError(file: string): DataFileError {
  try {
    openDatabase(file, { migrations }).close();
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('expected the open to fail');
}

describe('openDatabase', () => {
  it('creates a fresh file with WAL, synchronous=FULL, foreign keys, busy timeout and the latest schema', () => {
    const file = join(tempDir(), 'sub', 'werkboek.sqlite');
    const db = openDatabase(file, { migrations });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    const strict = db
      .prepare<[], { name: string; strict: number }>(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    expect(strict.length).toBeGreaterThan(0);
    for (const table of strict) expect(table, table.name).toMatchObject({ strict: 1 });
    db.close();
  });

  it('reopens an existing file without migrating again', () => {
    const file = join(tempDir(), 'werkboek.sqlite');
    const first = openDatabase(file, { migrations });
    first.prepare('INSERT INTO settings (key, value) VALUES (\'profile\', \'{"name":"Piet"}\')').run();
    first.close();
    let called = false;
    const second = openDatabase(file, {
      migrations,
      beforeMigrating: () => {
        called = true;
      },
    });
    expect(called).toBe(false);
    expect(second.prepare('SELECT value FROM settings').pluck().get()).toBe('{"name":"Piet"}');
    second.close();
  });

  it('refuses a file newer than the code, in Dutch, without writing a byte', () => {
    const file = join(tempDir(), 'werkboek.sqlite');
    const future = new BetterSqlite3(file);
    future.exec('CREATE TABLE future (x INTEGER) STRICT');
    future.pragma('user_version = 999');
    future.close();
    const before = readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    const error = openError(file);
    expect(error.problem).toBe('newer-version');
    expect(error.message).toContain('nieuwere versie');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('detects a file that is not SQLite at all and leaves it alone', () => {
    const file = join(tempDir(), 'werkboek.sqlite');
    writeFileSync(file, 'Dit is een boodschappenlijstje, geen database.\n'.repeat(50));
    const before = readFileSync(file);
    const error = openError(file);
    expect(error.problem).toBe('not-sqlite');
    expect(error.message).toContain('geen werkboekbestand');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('detects a damaged file (pages overwritten) and leaves it alone', () => {
    const file = join(tempDir(), 'werkboek.sqlite');
    const db = new BetterSqlite3(file);
    db.exec('CREATE TABLE t (x TEXT) STRICT; CREATE INDEX t_x ON t (x);');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    // One transaction: 2000 separate commits each wait for the disk and make this test slow under load.
    db.transaction(() => {
      for (let i = 0; i < 2000; i += 1) insert.run(`rij ${i} ${'x'.repeat(50)}`);
    })();
    db.close();
    const bytes = readFileSync(file);
    // Keep the header, scribble over the pages behind it.
    bytes.fill(0xa5, 4096 * 2, 4096 * 6);
    writeFileSync(file, bytes);
    const error = openError(file);
    expect(['corrupt', 'not-sqlite']).toContain(error.problem);
    expect(error.message).toMatch(/beschadigd|geen werkboekbestand/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('detects a truncated file', () => {
    const file = join(tempDir(), 'werkboek.sqlite');
    const db = new BetterSqlite3(file);
    db.exec('CREATE TABLE t (x TEXT) STRICT');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    // One transaction: 3000 separate commits each wait for the disk and make this test slow under load.
    db.transaction(() => {
      for (let i = 0; i < 3000; i += 1) insert.run('y'.repeat(80));
    })();
    db.close();
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 3)));
    expect(openError(file).problem).toBe('corrupt');
  });
});
