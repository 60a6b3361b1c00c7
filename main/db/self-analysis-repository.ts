import type { Database } from 'better-sqlite3';
import { type ThemeId, themeIds } from '../contract/guide-content';
import { writeTransaction } from './write-transaction';

/** Per theme of a run, the sum of its answers and how many statements are answered (kept by triggers, 0006). */
export type RunTotals = Record<ThemeId, { sum: number; answered: number }>;

/** A stored run as it sits in the table, with its totals per theme. */
export interface RunRow {
  id: number;
  name: string;
  scope: string;
  createdAt: string;
  updatedAt: string;
  totals: RunTotals;
}

/** One point of a theme's trend, a run in which the theme is complete: [run id, created at, average]. */
export type TrendRow = [number, string, number];

/** How many statements each theme has: a theme is complete in a run when that many are answered. */
export type StatementCounts = Readonly<Record<ThemeId, number>>;

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

type StoredRun = Omit<RunRow, 'totals'> & Record<string, unknown>;

const runColumns = [
  'id, name, scope, created_at AS createdAt, updated_at AS updatedAt',
  ...themeIds.map((theme) => `${theme}_sum, ${theme}_answered`),
].join(', ');

function toRunRow(stored: StoredRun): RunRow {
  const { id, name, scope, createdAt, updatedAt } = stored;
  const totals = Object.fromEntries(
    themeIds.map((theme) => [
      theme,
      { sum: Number(stored[`${theme}_sum`]), answered: Number(stored[`${theme}_answered`]) },
    ]),
  ) as RunTotals;
  return { id, name, scope, createdAt, updatedAt, totals };
}

const newestFirst = 'ORDER BY created_at DESC, id DESC';
/** A theme is in a run when the run covers all themes or just that one. */
const covers = (theme: ThemeId) => `scope IN ('all', '${theme}')`;

/**
 * One theme's trend: the runs in which it is complete, oldest first (in the order of the date
 * index, no sort), with the average over its statements; read from the runs, not every answer.
 */
const trendQuery = (theme: ThemeId) =>
  `SELECT id, created_at, ${theme}_sum * 1.0 / ${theme}_answered FROM self_analysis_runs
   WHERE ${theme}_answered = @count AND @count > 0 AND ${covers(theme)} ORDER BY created_at, id`;

function prepareRunStatements(db: Database) {
  return {
    insertRun: db.prepare<[string, string, string]>(
      'INSERT INTO self_analysis_runs (scope, created_at, updated_at) VALUES (?, ?, ?)',
    ),
    run: db.prepare<[number], StoredRun>(`SELECT ${runColumns} FROM self_analysis_runs WHERE id = ?`),
    runs: db.prepare<[], StoredRun>(`SELECT ${runColumns} FROM self_analysis_runs ORDER BY created_at, id`),
    runsNewestFirst: db.prepare<[number, number], StoredRun>(
      `SELECT ${runColumns} FROM self_analysis_runs ${newestFirst} LIMIT ? OFFSET ?`,
    ),
    latestCompleteProfile: db.prepare<[StatementCounts], StoredRun>(
      `SELECT ${runColumns} FROM self_analysis_runs
       WHERE scope = 'all' AND ${themeIds.map((theme) => `${theme}_answered = @${theme}`).join(' AND ')}
       ${newestFirst} LIMIT 1`,
    ),
    rename: db.prepare<[string, string, number]>('UPDATE self_analysis_runs SET name = ?, updated_at = ? WHERE id = ?'),
    deleteRun: db.prepare<[number]>('DELETE FROM self_analysis_runs WHERE id = ?'),
    // Plain arrays: the trend of 1000 runs has 5000 points.
    trend: new Map(
      themeIds.map((theme) => [theme, db.prepare<[{ count: number }], TrendRow>(trendQuery(theme)).raw()]),
    ),
    // Per theme: the latest run before a given one in which that theme is complete ("sinds vorige keer").
    previousComplete: new Map(
      themeIds.map((theme) => [
        theme,
        db.prepare<[{ count: number; createdAt: string; id: number }], StoredRun>(
          `SELECT ${runColumns} FROM self_analysis_runs
           WHERE (created_at, id) < (@createdAt, @id) AND ${theme}_answered = @count AND @count > 0 AND ${covers(theme)}
           ${newestFirst} LIMIT 1`,
        ),
      ]),
    ),
  };
}

/** The runs themselves: creating, reading, paging, trends, renaming and deleting. */
function runPart(statements: ReturnType<typeof prepareRunStatements>) {
  return {
    /** Creates a run and returns its id. */
    createRun(scope: string, now: string): number {
      return Number(statements.insertRun.run(scope, now, now).lastInsertRowid);
    },
    run(id: number): RunRow | undefined {
      const stored = statements.run.get(id);
      return stored && toRunRow(stored);
    },
    /** All runs, oldest first. */
    runs: (): RunRow[] => statements.runs.all().map(toRunRow),
    /** A page of runs, newest first; `limit` -1 for all of them. */
    runsNewestFirst: (limit: number, offset: number): RunRow[] =>
      statements.runsNewestFirst.all(limit, offset).map(toRunRow),
    /** The theme's complete results, oldest first; complete means `count` statements answered. */
    trend: (theme: ThemeId, count: number): TrendRow[] => statements.trend.get(theme)?.all({ count }) ?? [],
    /** The newest run covering all themes with every statement answered. */
    latestCompleteProfile(counts: StatementCounts): RunRow | undefined {
      const stored = statements.latestCompleteProfile.get(counts);
      return stored && toRunRow(stored);
    },
    /** The latest run before `run` in which `theme` is complete, if any. */
    previousComplete(theme: ThemeId, count: number, run: { createdAt: string; id: number }): RunRow | undefined {
      const stored = statements.previousComplete.get(theme)?.get({ count, createdAt: run.createdAt, id: run.id });
      return stored && toRunRow(stored);
    },
    rename(runId: number, name: string, now: string): void {
      statements.rename.run(name, now, runId);
    },
    /** Deletes a run with everything in it; false when it did not exist. */
    deleteRun: (runId: number): boolean => statements.deleteRun.run(runId).changes > 0,
  };
}

function prepareEntryStatements(db: Database) {
  return {
    touch: db.prepare<[string, number]>('UPDATE self_analysis_runs SET updated_at = ? WHERE id = ?'),
    answers: db.prepare<[number], AnswerRow>(
      'SELECT run_id AS runId, statement_id AS statementId, value FROM self_analysis_answers WHERE run_id = ?',
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
  };
}

/** What the user fills in within a run: answers to statements and reflections per theme. */
function entryPart(db: Database) {
  const statements = prepareEntryStatements(db);
  // A change and the run's updated_at move together or not at all (the run's totals too: triggers).
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
    answers: (runId: number): AnswerRow[] => statements.answers.all(runId),
    answer(runId: number, statementId: string, value: number, now: string): void {
      answer(runId, statementId, value, now);
    },
    /** Non-empty reflections of a run. */
    reflections: (runId: number): ReflectionRow[] => statements.reflections.all(runId),
    reflect(runId: number, themeId: string, questionId: string, text: string, now: string): void {
      reflect(runId, themeId, questionId, text, now);
    },
  };
}

/** Statements the user marked as something to act on, with the suggestion they picked. */
function markPart(db: Database) {
  const statements = {
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
  return {
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

/** Self-analysis runs with their answers, reflections and action marks. Callers validate ids against the guide. */
export function createSelfAnalysisRepository(db: Database) {
  return { ...runPart(prepareRunStatements(db)), ...entryPart(db), ...markPart(db) };
}
export type SelfAnalysisRepository = ReturnType<typeof createSelfAnalysisRepository>;
