import type { Database } from 'better-sqlite3';
import { writeTransaction } from './write-transaction';

export interface RoundRow {
  id: number;
  name: string;
  code: string;
  minimumGroupSize: number;
  responseCount: number;
  createdAt: string;
}

/** One member's answers in a round: statement id → 1–4; an empty answer is absent. */
export interface StoredResponse {
  respondentId: string;
  month: string;
  answers: Map<string, number>;
}

const roundColumns = `id, name, code, minimum_group_size AS minimumGroupSize, created_at AS createdAt,
  (SELECT count(*) FROM team_responses WHERE round_id = team_rounds.id) AS responseCount`;

/** Coordinator side of the Teamspiegel: rounds and the answers read from share files. */
export function createTeamRoundRepository(db: Database) {
  const statements = {
    rounds: db.prepare<[], RoundRow>(`SELECT ${roundColumns} FROM team_rounds ORDER BY created_at DESC, id DESC`),
    round: db.prepare<[number], RoundRow>(`SELECT ${roundColumns} FROM team_rounds WHERE id = ?`),
    roundByCode: db.prepare<[string], { id: number }>('SELECT id FROM team_rounds WHERE code = ?'),
    insertRound: db.prepare<[string, string, number, string]>(
      'INSERT INTO team_rounds (name, code, minimum_group_size, created_at) VALUES (?, ?, ?, ?)',
    ),
    deleteRound: db.prepare<[number]>('DELETE FROM team_rounds WHERE id = ?'),
    responseMonth: db.prepare<[number, string], { month: string }>(
      'SELECT month FROM team_responses WHERE round_id = ? AND respondent_id = ?',
    ),
    deleteResponse: db.prepare<[number, string]>('DELETE FROM team_responses WHERE round_id = ? AND respondent_id = ?'),
    insertResponse: db.prepare<[number, string, string, string]>(
      'INSERT INTO team_responses (round_id, respondent_id, month, added_at) VALUES (?, ?, ?, ?)',
    ),
    insertAnswer: db.prepare<[number, string, string, number]>(
      'INSERT INTO team_response_answers (round_id, respondent_id, statement_id, value) VALUES (?, ?, ?, ?)',
    ),
    responses: db.prepare<[number], { respondentId: string; month: string }>(
      'SELECT respondent_id AS respondentId, month FROM team_responses WHERE round_id = ? ORDER BY rowid',
    ),
    answers: db.prepare<[number], { respondentId: string; statementId: string; value: number }>(
      `SELECT respondent_id AS respondentId, statement_id AS statementId, value
       FROM team_response_answers WHERE round_id = ?`,
    ),
  };

  return {
    rounds: (): RoundRow[] => statements.rounds.all(),
    round: (id: number): RoundRow | undefined => statements.round.get(id),
    codeTaken: (code: string): boolean => statements.roundByCode.get(code) !== undefined,
    createRound(input: { name: string; code: string; minimumGroupSize: number }, now: string): number {
      return Number(statements.insertRound.run(input.name, input.code, input.minimumGroupSize, now).lastInsertRowid);
    },
    deleteRound: (id: number): boolean => statements.deleteRound.run(id).changes > 0,
    /** The month of a member's stored answers in this round, if any. */
    storedMonth: (roundId: number, respondentId: string): string | undefined =>
      statements.responseMonth.get(roundId, respondentId)?.month,
    /** Stores a member's answers, replacing what that member shared before, in one transaction. */
    saveResponse: writeTransaction(db, (roundId: number, response: StoredResponse, now: string): void => {
      statements.deleteResponse.run(roundId, response.respondentId);
      statements.insertResponse.run(roundId, response.respondentId, response.month, now);
      for (const [statementId, value] of response.answers) {
        statements.insertAnswer.run(roundId, response.respondentId, statementId, value);
      }
    }),
    /**
     * Runs `work` (several saveResponse calls) as one transaction: one disk sync for a whole
     * choice of files instead of one per file. Each saveResponse inside is a savepoint.
     */
    inOneTransaction: <T>(work: () => T): T => writeTransaction(db, work)(),
    responses(roundId: number): StoredResponse[] {
      const byRespondent = new Map<string, StoredResponse>();
      for (const row of statements.responses.all(roundId)) {
        byRespondent.set(row.respondentId, { respondentId: row.respondentId, month: row.month, answers: new Map() });
      }
      for (const row of statements.answers.all(roundId)) {
        byRespondent.get(row.respondentId)?.answers.set(row.statementId, row.value);
      }
      return [...byRespondent.values()];
    },
  };
}
export type TeamRoundRepository = ReturnType<typeof createTeamRoundRepository>;
