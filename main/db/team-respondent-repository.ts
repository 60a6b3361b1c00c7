import type { Database } from 'better-sqlite3';

export interface RespondentRow {
  roundCode: string;
  respondentId: string;
  createdAt: string;
  sharedAt: string | null;
}

/** Member side of the Teamspiegel: the random id this workbook shares under, one per round code. */
export function createTeamRespondentRepository(db: Database) {
  const statements = {
    get: db.prepare<[string], RespondentRow>(
      `SELECT round_code AS roundCode, respondent_id AS respondentId, created_at AS createdAt, shared_at AS sharedAt
       FROM team_respondent_ids WHERE round_code = ?`,
    ),
    insert: db.prepare<[string, string, string]>(
      'INSERT INTO team_respondent_ids (round_code, respondent_id, created_at) VALUES (?, ?, ?)',
    ),
    markShared: db.prepare<[string, string]>('UPDATE team_respondent_ids SET shared_at = ? WHERE round_code = ?'),
  };
  return {
    /** The row for this round code, made with `newId()` the first time. */
    getOrCreate(roundCode: string, newId: () => string, now: string): RespondentRow {
      const existing = statements.get.get(roundCode);
      if (existing) return existing;
      statements.insert.run(roundCode, newId(), now);
      return statements.get.get(roundCode) as RespondentRow;
    },
    markShared(roundCode: string, now: string): void {
      statements.markShared.run(now, roundCode);
    },
  };
}
export type TeamRespondentRepository = ReturnType<typeof createTeamRespondentRepository>;
