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

const id = '0b4e7c1a-2f3d-4a5b-8c6d-7e8f9a0b1c2d';
// By name, not number: parallel features may renumber this step when they are merged.
const version = migrations.find((m) => m.name === 'team')?.version ?? Number.NaN;

describe('the team migration', () => {
  it('adds the Teamspiegel tables (STRICT) and keeps the initiatives of the version before', () => {
    const db = migratedTo(version - 1);
    db.prepare("INSERT INTO financing_initiatives (name, created_at, updated_at) VALUES ('Moestuin', 'n', 'n')").run();
    migrate(
      db,
      migrations.filter((m) => m.version <= version),
    );
    expect(schemaVersion(db)).toBe(version);
    expect(db.prepare('SELECT name FROM financing_initiatives').pluck().get()).toBe('Moestuin');
    for (const table of ['team_respondent_ids', 'team_rounds', 'team_responses', 'team_response_answers']) {
      expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').pluck().get(table)).toBe(1);
    }
  });

  it('refuses a group below 3, answers off the scale and exact dates; a deleted round takes its answers along', () => {
    const db = migratedTo(version);
    const round = (size: number, code: string) =>
      db
        .prepare("INSERT INTO team_rounds (name, code, minimum_group_size, created_at) VALUES ('r', ?, ?, 'n')")
        .run(code, size);
    expect(() => round(2, 'KLEIN')).toThrow(/CHECK/);
    const roundId = Number(round(5, 'TEAM').lastInsertRowid);
    expect(() => round(5, 'TEAM')).toThrow(/UNIQUE/);
    const response = (month: string) =>
      db.prepare("INSERT INTO team_responses VALUES (?, ?, ?, 'n')").run(roundId, id, month);
    expect(() => response('2027-03-14')).toThrow(/CHECK/);
    response('2027-03');
    const answer = (value: number) =>
      db.prepare("INSERT INTO team_response_answers VALUES (?, ?, 'doen-1', ?)").run(roundId, id, value);
    expect(() => answer(5)).toThrow(/CHECK/);
    answer(4);
    db.prepare('DELETE FROM team_rounds WHERE id = ?').run(roundId);
    expect(db.prepare('SELECT count(*) FROM team_response_answers').pluck().get()).toBe(0);
  });
});
