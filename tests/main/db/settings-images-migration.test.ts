import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations/index';

// By name, not number: parallel features may renumber this step when they are merged.
const version = migrations.find((m) => m.name === 'settings-images')?.version ?? Number.NaN;

function migratedTo(below: boolean) {
  const db = new BetterSqlite3(':memory:');
  migrate(
    db,
    migrations.filter((m) => (below ? m.version < version : m.version <= version)),
  );
  return db;
}

describe('the settings-images migration', () => {
  it('adds a STRICT table for the logo and keeps the settings of the version before', () => {
    const db = migratedTo(true);
    db.prepare('INSERT INTO settings VALUES (\'profile\', \'{"name":"Anna"}\')').run();
    migrate(
      db,
      migrations.filter((m) => m.version <= version),
    );
    expect(schemaVersion(db)).toBe(version);
    expect(db.prepare('SELECT value FROM settings').pluck().get()).toBe('{"name":"Anna"}');
    expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').pluck().get('settings_images')).toBe(1);
  });

  it('holds one logo, PNG or JPEG, of at most 1 MB and a sensible size', () => {
    const db = migratedTo(false);
    const insert = db.prepare('INSERT OR REPLACE INTO settings_images VALUES (?, ?, ?, ?, ?, ?, ?)');
    const row = (changes: Partial<Record<string, unknown>> = {}) => {
      const values = {
        key: 'logo',
        name: 'logo.png',
        mime: 'image/png',
        width: 360,
        height: 120,
        bytes: Buffer.from([1]),
        at: 'n',
        ...changes,
      };
      return insert.run(...Object.values(values));
    };
    row();
    expect(db.prepare('SELECT length(bytes) FROM settings_images').pluck().get()).toBe(1);
    expect(() => row({ key: 'achtergrond' })).toThrow(/CHECK/);
    expect(() => row({ mime: 'image/gif' })).toThrow(/CHECK/);
    expect(() => row({ width: 3001 })).toThrow(/CHECK/);
    expect(() => row({ bytes: Buffer.alloc(1024 * 1024 + 1) })).toThrow(/CHECK/);
    expect(() => row({ bytes: 'geen bytes' })).toThrow(/BLOB/);
  });
});
