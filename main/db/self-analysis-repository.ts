import type { Database } from 'better-sqlite3';
import { writeTransaction } from './write-transaction';

/** A stored run as it sits in the table. */
export interface RunRow {
  id: number;
  name: string;
  scope: string;
  createdAt: string;
  updatedAt: string;
}

export interface AnswerRow {
  runId: number;
  statementId: string;
  value: number;
}

export interface ReflectionRow {
  themeId: string;
  questionId: string;
  text: string;
}

export interface MarkRow {
  runId: number;
  statementId: string;
  suggestionKind: string | null;
  suggestionId: string | null;
  markedAt: string;
}

const runColumns = 'id, name, scope, created_at AS createdAt, updated_at AS updatedAt';

/** Self-analysis runs with their answers, reflections and action marks. Callers validate ids against the guide. */
export function createSelfAnalysisRepository(db: Database) {
  const statements = {
    insertRun: db.prepare<[string, string, string]>(
      'INSERT INTO self_analysis_runs (scope, created_at, updated_at) VALUES (?, ?, ?)',
    ),
    run: db.prepare<[number], RunRow>(`SELECT ${runColumns} FROM self_analysis_runs WHERE id = ?`),
    runs: db.prepare<[], RunRow>(`SELECT ${runColumns} FROM self_analysis_runs ORDER BY created_at, id`),
    touch: db.prepare<[string, number]>('UPDATE self_analysis_runs SET updated_at = ? WHERE id = ?'),
    rename: db.prepare<[string, string, number]>('UPDATE self_analysis_runs SET name = ?, updated_at = ? WHERE id = ?'),
    deleteRun: db.prepare<[number]>('DELETE FROM self_analysis_runs WHERE id = ?'),
    answers: db.prepare<[number], AnswerRow>(
      'SELECT run_id AS runId, statement_id AS statementId, value FROM self_analysis_answers WHERE run_id = ?',
    ),
    allAnswers: db.prepare<[], AnswerRow>(
      'SELECT run_id AS runId, statement_id AS statementId, value FROM self_analysis_answers',
    ),
    upsertAnswer: db.prepare<[number, string, number, string]>(
      `INSERT INTO self_analysis_answers (run_id, statement_id, value, answered_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (run_id, statement_id) DO UPDATE SET value = excluded.value, answered_at = excluded.answered_at`,
    ),
    reflections: db.prepare<[number], ReflectionRow>(
      `SELECT theme_id AS themeId, question_id AS questionId, text
       FROM self_analysis_reflections WHERE run_id = ? AND text != ''`,
    ),
    upsertReflection: db.prepare<[number, string, string, string, string]>(
      `INSERT INTO self_analysis_reflections (run_id, theme_id, question_id, text, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (run_id, theme_id, question_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
    ),
    marks: db.prepare<[number], MarkRow>(
      `SELECT run_id AS runId, statement_id AS statementId, suggestion_kind AS suggestionKind,
              suggestion_id AS suggestionId, marked_at AS markedAt
       FROM self_analysis_action_marks WHERE run_id = ?`,
    ),
    allMarks: db.prepare<[], MarkRow>(
      `SELECT m.run_id AS runId, m.statement_id AS statementId, m.suggestion_kind AS suggestionKind,
              m.suggestion_id AS suggestionId, m.marked_at AS markedAt
       FROM self_analysis_action_marks m JOIN self_analysis_runs r ON r.id = m.run_id
       ORDER BY r.created_at DESC, r.id DESC, m.marked_at`,
    ),
    upsertMark: db.prepare<[number, string, string | null, string | null, string]>(
      `INSERT INTO self_analysis_action_marks (run_id, statement_id, suggestion_kind, suggestion_id, marked_at)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (run_id, statement_id) DO UPDATE
       SET suggestion_kind = excluded.suggestion_kind, suggestion_id = excluded.suggestion_id`,
    ),
    deleteMark: db.prepare<[number, string]>(
      'DELETE FROM self_analysis_action_marks WHERE run_id = ? AND statement_id = ?',
    ),
  };

  // A change and the run's updated_at move together or not at all.
  const answer = writeTransaction(db, (runId: number, statementId: string, value: number, now: string) => {
    statements.upsertAnswer.run(runId, statementId, value, now);
    statements.touch.run(now, runId);
  });
  const reflect = writeTransaction(
    db,
    (runId: number, themeId: string, questionId: string, text: string, now: string) => {
      statements.upsertReflection.run(runId, themeId, questionId, text, now);
      statements.touch.run(now, runId);
    },
  );

  return {
    /** Creates a run and returns its id. */
    createRun(scope: string, now: string): number {
      return Number(statements.insertRun.run(scope, now, now).lastInsertRowid);
    },
    run: (id: number): RunRow | undefined => statements.run.get(id),
    /** All runs, oldest first. */
    runs: (): RunRow[] => statements.runs.all(),
    answers: (runId: number): AnswerRow[] => statements.answers.all(runId),
    /** Every answer of every run, in one query (the history screen). */
    allAnswers: (): AnswerRow[] => statements.allAnswers.all(),
    answer(runId: number, statementId: string, value: number, now: string): void {
      answer(runId, statementId, value, now);
    },
    /** Non-empty reflections of a run. */
    reflections: (runId: number): ReflectionRow[] => statements.reflections.all(runId),
    reflect(runId: number, themeId: string, questionId: string, text: string, now: string): void {
      reflect(runId, themeId, questionId, text, now);
    },
    rename(runId: number, name: string, now: string): void {
      statements.rename.run(name, now, runId);
    },
    /** Deletes a run with everything in it; false when it did not exist. */
    deleteRun: (runId: number): boolean => statements.deleteRun.run(runId).changes > 0,
    marks: (runId: number): MarkRow[] => statements.marks.all(runId),
    /** Every mark, newest run first. */
    allMarks: (): MarkRow[] => statements.allMarks.all(),
    mark(runId: number, statementId: string, suggestion: { kind: string; id: string } | null, now: string): void {
      statements.upsertMark.run(runId, statementId, suggestion?.kind ?? null, suggestion?.id ?? null, now);
    },
    unmark(runId: number, statementId: string): void {
      statements.deleteMark.run(runId, statementId);
    },
  };
}
export type SelfAnalysisRepository = ReturnType<typeof createSelfAnalysisRepository>;
