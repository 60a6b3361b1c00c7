import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations/index';

// By name, not number: parallel features may renumber this step when they are merged.
const version = migrations.find((m) => m.name === 'talking-points')?.version ?? Number.NaN;

function migratedTo(upTo: number) {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    migrations.filter((m) => m.version <= upTo),
  );
  return db;
}

describe('the bespreekpunten migration', () => {
  it('adds pop_op_talking_points (STRICT) and keeps the plans of the version before', () => {
    const db = migratedTo(version - 1);
    db.prepare("INSERT INTO pop_op_plans (title, created_at, updated_at) VALUES ('POP-OP 2027', 'n', 'n')").run();
    migrate(db, migrations);
    expect(schemaVersion(db)).toBe(migrations.at(-1)?.version);
    expect(db.prepare('SELECT title FROM pop_op_plans').pluck().get()).toBe('POP-OP 2027');
    expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').pluck().get('pop_op_talking_points')).toBe(
      1,
    );
  });

  it('holds positions 1–3 with 1–500 characters, one point per position; a deleted plan takes its points along', () => {
    const db = migratedTo(version);
    const planId = Number(
      db.prepare("INSERT INTO pop_op_plans (title, created_at, updated_at) VALUES ('P', 'n', 'n')").run()
        .lastInsertRowid,
    );
    const point = (position: number, text: string) =>
      db.prepare("INSERT INTO pop_op_talking_points VALUES (?, ?, ?, 'n')").run(planId, position, text);
    expect(() => point(4, 'Punt')).toThrow(/CHECK/);
    expect(() => point(0, 'Punt')).toThrow(/CHECK/);
    expect(() => point(1, '')).toThrow(/CHECK/);
    expect(() => point(1, 'x'.repeat(501))).toThrow(/CHECK/);
    point(1, 'x'.repeat(500));
    expect(() => point(1, 'Nog een')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO pop_op_talking_points VALUES (999, 2, 'x', 'n')").run()).toThrow(/FOREIGN/);
    db.prepare('DELETE FROM pop_op_plans WHERE id = ?').run(planId);
    expect(db.prepare('SELECT count(*) FROM pop_op_talking_points').pluck().get()).toBe(0);
  });
});
