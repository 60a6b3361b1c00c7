import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/db/migrate';
import type { Migration } from '../../../main/db/migration';
import { latestSchemaVersion, migrations } from '../../../main/db/migrations/index';

describe('migrations', () => {
  it('start at 1 and strictly increase (numbers are reserved per feature, so gaps may occur)', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(latestSchemaVersion).toBe(versions.at(-1));
  });

  it('0001 creates the settings table that keeps JSON values', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, migrations.slice(0, 1));
    db.prepare('INSERT INTO settings VALUES (\'profile\', \'{"name":"Anna"}\')').run();
    expect(() => db.prepare("INSERT INTO settings VALUES ('x', 'geen json')").run()).toThrow();
    expect(schemaVersion(db)).toBe(1);
  });

  it.each(migrations.slice(1).map((m) => [m.version, m.name] as const))(
    'migration %i (%s) keeps the rows of the version before',
    (version) => {
      const db = new BetterSqlite3(':memory:');
      migrate(
        db,
        migrations.filter((m) => m.version < version),
      );
      db.prepare('INSERT INTO settings VALUES (\'profile\', \'{"name":"Anna"}\')').run();
      migrate(
        db,
        migrations.filter((m) => m.version <= version),
      );
      expect(schemaVersion(db)).toBe(version);
      expect(db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('profile')).toBe('{"name":"Anna"}');
    },
  );

  it('0005 adds the financing tables; an initiative needs its considerations, which go with it', () => {
    const db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      migrations.filter((m) => m.version <= 5),
    );
    db.prepare("INSERT INTO financing_initiatives (name, created_at, updated_at) VALUES ('Moestuin', 'x', 'x')").run();
    db.prepare("INSERT INTO financing_considerations VALUES (1, 'risico', 'geen', 3)").run();
    db.prepare("INSERT INTO financing_needs VALUES (1, 'geld')").run();
    db.prepare('DELETE FROM financing_initiatives WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM financing_considerations').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM financing_needs').pluck().get()).toBe(0);
  });

  it('0006 adds purposes per initiative (going with it) and local schemes; version 5 rows stay', () => {
    const db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      migrations.filter((m) => m.version <= 5),
    );
    db.prepare("INSERT INTO financing_initiatives (name, created_at, updated_at) VALUES ('Moestuin', 'x', 'x')").run();
    db.prepare("INSERT INTO financing_needs VALUES (1, 'geld')").run();
    migrate(
      db,
      migrations.filter((m) => m.version <= 6),
    );
    expect(db.prepare('SELECT name FROM financing_initiatives').pluck().get()).toBe('Moestuin');
    expect(db.prepare('SELECT need FROM financing_needs').pluck().get()).toBe('geld');
    db.prepare("INSERT INTO financing_purposes VALUES (1, 'terugkerend')").run();
    expect(() => db.prepare("INSERT INTO financing_purposes VALUES (1, 'vakantie')").run()).toThrow(/CHECK/);
    const scheme = db.prepare(
      "INSERT INTO financing_local_schemes (name, form, max_amount_euros, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')",
    );
    scheme.run('Wijkbudget Noord', 'bewonersbudget', 10_000);
    expect(() => scheme.run('  ', 'bewonersbudget', null)).toThrow(/CHECK/);
    expect(() => scheme.run('Spaarpot', 'spaarpot', null)).toThrow(/CHECK/);
    expect(() => scheme.run('Te veel', 'crowdfunding', -1)).toThrow(/CHECK/);
    db.prepare('DELETE FROM financing_initiatives WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM financing_purposes').pluck().get()).toBe(0);
    for (const table of ['financing_purposes', 'financing_local_schemes'])
      expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').pluck().get(table)).toBe(1);
  });

  it('rolls a failing migration back together with its version bump', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, migrations);
    const before = schemaVersion(db);
    const broken: Migration = {
      version: before + 1,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('halfway');
      },
    };
    expect(() => migrate(db, [...migrations, broken])).toThrow('halfway');
    expect(schemaVersion(db)).toBe(before);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
  });

  it('calls beforeMigrating once, only when something is pending', () => {
    const db = new BetterSqlite3(':memory:');
    let calls = 0;
    migrate(db, migrations, () => {
      calls += 1;
    });
    migrate(db, migrations, () => {
      calls += 1;
    });
    expect(calls).toBe(1);
  });
});
