import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations/index';

function migratedTo(version: number) {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    migrations.filter((m) => m.version <= version),
  );
  return db;
}

describe('migration 4 (pop-op)', () => {
  it('adds the POP-OP tables next to the guide notes of version 2, which stay', () => {
    const db = migratedTo(2);
    db.prepare("INSERT INTO guide_notes VALUES ('doen/intro', 'Mijn notitie', '2026-01-01')").run();
    migrate(
      db,
      migrations.filter((m) => m.version <= 4),
    );
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT body FROM guide_notes').pluck().get()).toBe('Mijn notitie');
    for (const table of ['pop_op_plans', 'pop_op_actions', 'pop_op_factors', 'pop_op_versions']) {
      expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').pluck().get(table)).toBe(1);
    }
  });

  it('refuses unknown statuses, malformed dates and invalid snapshots, and cascades a deleted plan', () => {
    const db = migratedTo(4);
    const plan = (status: string, date = '') =>
      db
        .prepare(
          "INSERT INTO pop_op_plans (title, status, meeting_date, created_at, updated_at) VALUES ('t', ?, ?, 'n', 'n')",
        )
        .run(status, date);
    expect(() => plan('klaar')).toThrow(/CHECK/);
    expect(() => plan('concept', '15-03-2027')).toThrow(/CHECK/);
    const id = Number(plan('concept', '2027-03-15').lastInsertRowid);
    const action = (status: string) =>
      db
        .prepare(
          "INSERT INTO pop_op_actions (plan_id, position, status, created_at, updated_at) VALUES (?, 1, ?, 'n', 'n')",
        )
        .run(id, status);
    expect(() => action('misschien')).toThrow(/CHECK/);
    action('bezig');
    expect(() =>
      db
        .prepare(
          "INSERT INTO pop_op_versions (plan_id, number, status, created_at, snapshot) VALUES (?, 1, 'besproken', 'n', 'x')",
        )
        .run(id),
    ).toThrow(/CHECK/);
    db.prepare(
      "INSERT INTO pop_op_versions (plan_id, number, status, created_at, snapshot) VALUES (?, 1, 'besproken', 'n', '{}')",
    ).run(id);
    db.prepare("INSERT INTO pop_op_factors (plan_id, kind, position, text) VALUES (?, 'kans', 1, 'x')").run(id);
    db.prepare('DELETE FROM pop_op_plans WHERE id = ?').run(id);
    for (const table of ['pop_op_actions', 'pop_op_factors', 'pop_op_versions']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
  });
});
