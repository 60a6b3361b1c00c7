import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations/index';

// By name, not number: parallel features may renumber this step when they are merged.
const version = migrations.find((m) => m.name === 'pop-op-meetings')?.version ?? Number.NaN;

function migratedTo(target: number) {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    migrations.filter((m) => m.version <= target),
  );
  return db;
}

function planWithVersion(db: BetterSqlite3.Database) {
  db.prepare("INSERT INTO pop_op_plans (id, title, created_at, updated_at) VALUES (1, 'POP-OP 2027', 'n', 'n')").run();
  db.prepare(
    "INSERT INTO pop_op_versions (id, plan_id, number, status, created_at, snapshot) VALUES (1, 1, 1, 'besproken', 'n', '{}')",
  ).run();
}

describe('the pop-op-meetings migration', () => {
  it('adds two STRICT tables and keeps the plans and versions of the version before', () => {
    const db = migratedTo(version - 1);
    planWithVersion(db);
    migrate(
      db,
      migrations.filter((m) => m.version <= version),
    );
    expect(schemaVersion(db)).toBe(version);
    expect(db.prepare('SELECT count(*) FROM pop_op_versions').pluck().get()).toBe(1);
    for (const table of ['pop_op_meetings', 'pop_op_meeting_agreements']) {
      expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').pluck().get(table)).toBe(1);
    }
  });

  it('refuses impossible dates, a next meeting before the held one and unknown outcomes; cascades with the plan', () => {
    const db = migratedTo(version);
    planWithVersion(db);
    const meeting = (heldOn: string, outcome: string, next: string) =>
      db
        .prepare(
          "INSERT INTO pop_op_meetings (plan_id, version_id, held_on, with_whom, outcome, next_meeting, created_at) VALUES (1, 1, ?, 'Jan', ?, ?, 'n')",
        )
        .run(heldOn, outcome, next);
    expect(() => meeting('2027-02-31', 'voor-akkoord', '')).toThrow(/CHECK/);
    expect(() => meeting('15-03-2027', 'voor-akkoord', '')).toThrow(/CHECK/);
    expect(() => meeting('2027-03-15', 'goedgekeurd', '')).toThrow(/CHECK/);
    expect(() => meeting('2027-03-15', 'voor-akkoord', '2027-03-01')).toThrow(/CHECK/);
    const meetingId = Number(meeting('2027-03-15', 'voor-akkoord', '2027-09-01').lastInsertRowid);
    expect(() => meeting('2027-03-16', 'aangepast', '')).toThrow(/UNIQUE/);
    const agreement = (position: number, text: string) =>
      db
        .prepare('INSERT INTO pop_op_meeting_agreements (meeting_id, position, text) VALUES (?, ?, ?)')
        .run(meetingId, position, text);
    expect(() => agreement(1, '   ')).toThrow(/CHECK/);
    expect(() => agreement(11, 'Elfde')).toThrow(/CHECK/);
    agreement(1, 'Bijpraten');
    db.prepare('DELETE FROM pop_op_plans WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM pop_op_meeting_agreements').pluck().get()).toBe(0);
  });
});
