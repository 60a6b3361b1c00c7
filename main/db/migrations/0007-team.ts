import type { Migration } from '../migration';

/**
 * Teamspiegel. Member side: per round code the random respondent id this workbook shares
 * under, so sharing again replaces instead of counting twice. Coordinator side: rounds, and
 * per round the answers read from share files (one row per answered statement; an empty
 * answer has no row). Nothing here names a person. Self-contained: the checks are written
 * out so this step stays what it was when it shipped.
 */
export const team: Migration = {
  version: 7,
  name: 'team',
  up(db) {
    db.exec(`
      CREATE TABLE team_respondent_ids (
        round_code TEXT PRIMARY KEY CHECK (length(round_code) BETWEEN 3 AND 40),
        respondent_id TEXT NOT NULL UNIQUE CHECK (length(respondent_id) = 36),
        created_at TEXT NOT NULL,
        shared_at TEXT
      ) STRICT;

      CREATE TABLE team_rounds (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 3 AND 40),
        minimum_group_size INTEGER NOT NULL DEFAULT 5 CHECK (minimum_group_size BETWEEN 3 AND 100),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE team_responses (
        round_id INTEGER NOT NULL REFERENCES team_rounds (id) ON DELETE CASCADE,
        respondent_id TEXT NOT NULL CHECK (length(respondent_id) = 36),
        month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
        added_at TEXT NOT NULL,
        PRIMARY KEY (round_id, respondent_id)
      ) STRICT;

      CREATE TABLE team_response_answers (
        round_id INTEGER NOT NULL,
        respondent_id TEXT NOT NULL,
        statement_id TEXT NOT NULL CHECK (statement_id GLOB '[a-z]*-[1-9]'),
        value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 4),
        PRIMARY KEY (round_id, respondent_id, statement_id),
        FOREIGN KEY (round_id, respondent_id) REFERENCES team_responses (round_id, respondent_id) ON DELETE CASCADE
      ) STRICT;
    `);
  },
};
