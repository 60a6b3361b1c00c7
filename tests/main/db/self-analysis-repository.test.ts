import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations/index';
import { createSelfAnalysisRepository } from '../../../main/db/self-analysis-repository';

function open() {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations);
  return { db, repository: createSelfAnalysisRepository(db) };
}

const now = '2026-03-01T09:00:00.000Z';

describe('self-analysis repository', () => {
  it('keeps one answer per statement per run, the last one given, and touches the run', () => {
    const { repository } = open();
    const id = repository.createRun('all', now);
    repository.answer(id, 'doen-1', 2, '2026-03-01T09:01:00.000Z');
    repository.answer(id, 'doen-1', 4, '2026-03-01T09:02:00.000Z');
    expect(repository.answers(id)).toEqual([{ runId: id, statementId: 'doen-1', value: 4 }]);
    expect(repository.run(id)).toMatchObject({ scope: 'all', createdAt: now, updatedAt: '2026-03-01T09:02:00.000Z' });
  });

  it('refuses what the guide does not allow, even past the contract', () => {
    const { db, repository } = open();
    const id = repository.createRun('all', now);
    for (const value of [0, 5]) expect(() => repository.answer(id, 'doen-1', value, now)).toThrow(/CHECK/);
    expect(() => repository.answer(id, 'doen-10', 3, now)).toThrow(/CHECK/);
    expect(() => repository.answer(999, 'doen-1', 3, now)).toThrow(/FOREIGN KEY/);
    expect(() => repository.createRun('alles', now)).toThrow(/CHECK/);
    expect(() => repository.reflect(id, 'doen', 'waarom', 'x', now)).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO self_analysis_action_marks (run_id, statement_id, suggestion_kind, marked_at) VALUES (?, 'doen-1', 'tip', ?)",
        )
        .run(id, now),
    ).toThrow(/CHECK/);
    // STRICT: a text '3' is not silently stored as a number.
    expect(() =>
      db.prepare("INSERT INTO self_analysis_answers VALUES (?, 'doen-2', 'drie', ?)").run(id, now),
    ).toThrow();
  });

  it('deletes a run with its answers, reflections and marks, and leaves other runs alone', () => {
    const { db, repository } = open();
    const gone = repository.createRun('all', now);
    const kept = repository.createRun('doen', now);
    for (const id of [gone, kept]) {
      repository.answer(id, 'doen-1', 3, now);
      repository.reflect(id, 'doen', 'al', 'tekst', now);
      repository.mark(id, 'doen-1', { kind: 'tip', id: 'begin-buiten' }, now);
    }
    expect(repository.deleteRun(gone)).toBe(true);
    expect(repository.deleteRun(gone)).toBe(false);
    expect(repository.runs().map((r) => r.id)).toEqual([kept]);
    for (const table of ['self_analysis_answers', 'self_analysis_reflections', 'self_analysis_action_marks']) {
      expect(db.prepare(`SELECT DISTINCT run_id FROM ${table}`).pluck().all(), table).toEqual([kept]);
    }
  });

  it('lists runs oldest first, and runs of the same moment in the order they were made', () => {
    const { repository } = open();
    const b = repository.createRun('all', '2026-05-01T00:00:00.000Z');
    const a = repository.createRun('all', '2026-01-01T00:00:00.000Z');
    const c = repository.createRun('geld', '2026-05-01T00:00:00.000Z');
    expect(repository.runs().map((r) => r.id)).toEqual([a, b, c]);
  });
});
