import type { Migration } from '../migration';

const themes = "'doen', 'doel', 'gemeenteraad', 'geld', 'organisatieverandering'";
const statementPattern = "'[a-z]*-[1-9]'";

/**
 * Self-analysis runs with their answers (1–4, one row per answered statement), reflections
 * per theme and question, and statements marked "wil ik mee aan de slag". Deleting a run
 * deletes what belongs to it. Ordinary rowid tables (not WITHOUT ROWID): the workbook export
 * and the backup restore read every table in rowid order.
 */
export const selfAnalyses: Migration = {
  version: 3,
  name: 'self-analyses',
  up(db) {
    db.exec(`
      CREATE TABLE self_analysis_runs (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 200),
        scope TEXT NOT NULL CHECK (scope IN ('all', ${themes})),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX self_analysis_runs_by_date ON self_analysis_runs (created_at, id);

      CREATE TABLE self_analysis_answers (
        run_id INTEGER NOT NULL REFERENCES self_analysis_runs (id) ON DELETE CASCADE,
        statement_id TEXT NOT NULL CHECK (statement_id GLOB ${statementPattern}),
        value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 4),
        answered_at TEXT NOT NULL,
        PRIMARY KEY (run_id, statement_id)
      ) STRICT;

      CREATE TABLE self_analysis_reflections (
        run_id INTEGER NOT NULL REFERENCES self_analysis_runs (id) ON DELETE CASCADE,
        theme_id TEXT NOT NULL CHECK (theme_id IN (${themes})),
        question_id TEXT NOT NULL CHECK (question_id IN ('al', 'nog-niet', 'beter', 'nodig', 'concreet')),
        text TEXT NOT NULL CHECK (length(text) <= 20000),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (run_id, theme_id, question_id)
      ) STRICT;

      CREATE TABLE self_analysis_action_marks (
        run_id INTEGER NOT NULL REFERENCES self_analysis_runs (id) ON DELETE CASCADE,
        statement_id TEXT NOT NULL CHECK (statement_id GLOB ${statementPattern}),
        suggestion_kind TEXT CHECK (suggestion_kind IN ('tip', 'resource')),
        suggestion_id TEXT,
        marked_at TEXT NOT NULL,
        PRIMARY KEY (run_id, statement_id),
        CHECK ((suggestion_kind IS NULL) = (suggestion_id IS NULL))
      ) STRICT;
    `);
  },
};
