import type { Database } from 'better-sqlite3';
import type { Answers, NeedId, PurposeId, Weights } from '../contract/financing-channels';
import { type ConsiderationId, considerationIds } from '../contract/guide-content';
import type { ConsiderationRow } from './financing-initiative-rows';

/** What an initiative needs (financing_needs): read per initiative or all at once, replaced as a whole. */
export function createNeedsTable(db: Database) {
  const selectOne = db.prepare<[number], { need: NeedId }>(
    'SELECT need FROM financing_needs WHERE initiative_id = ? ORDER BY need',
  );
  const selectAll = db.prepare<[], { initiative_id: number; need: NeedId }>(
    'SELECT initiative_id, need FROM financing_needs ORDER BY need',
  );
  const remove = db.prepare<[number]>('DELETE FROM financing_needs WHERE initiative_id = ?');
  const insert = db.prepare<[number, string]>('INSERT INTO financing_needs (initiative_id, need) VALUES (?, ?)');
  return {
    of: (id: number): NeedId[] => selectOne.all(id).map((r) => r.need),
    all: () => selectAll.all(),
    /** Call inside a transaction. */
    replace(id: number, needs: readonly NeedId[]): void {
      remove.run(id);
      for (const need of needs) insert.run(id, need);
    },
  };
}

/** What the money or the initiative is for (financing_purposes, migration 6), replaced as a whole. */
export function createPurposesTable(db: Database) {
  const selectOne = db.prepare<[number], { purpose: PurposeId }>(
    'SELECT purpose FROM financing_purposes WHERE initiative_id = ? ORDER BY purpose',
  );
  const selectAll = db.prepare<[], { initiative_id: number; purpose: PurposeId }>(
    'SELECT initiative_id, purpose FROM financing_purposes ORDER BY purpose',
  );
  const remove = db.prepare<[number]>('DELETE FROM financing_purposes WHERE initiative_id = ?');
  const insert = db.prepare<[number, string]>('INSERT INTO financing_purposes (initiative_id, purpose) VALUES (?, ?)');
  return {
    of: (id: number): PurposeId[] => selectOne.all(id).map((r) => r.purpose),
    all: () => selectAll.all(),
    /** Call inside a transaction. */
    replace(id: number, purposes: readonly PurposeId[]): void {
      remove.run(id);
      for (const purpose of purposes) insert.run(id, purpose);
    },
  };
}

/** Per consideration the answer and weight (financing_considerations); every initiative has all six rows. */
export function createConsiderationsTable(db: Database) {
  const selectOne = db.prepare<[number], ConsiderationRow>(
    'SELECT * FROM financing_considerations WHERE initiative_id = ?',
  );
  const selectAll = db.prepare<[], ConsiderationRow>('SELECT * FROM financing_considerations');
  const insert = db.prepare<[number, string, string | null, number]>(
    'INSERT INTO financing_considerations (initiative_id, consideration, answer, weight) VALUES (?, ?, ?, ?)',
  );
  const updateAnswer = db.prepare<[string | null, number, string]>(
    'UPDATE financing_considerations SET answer = ? WHERE initiative_id = ? AND consideration = ?',
  );
  const updateWeight = db.prepare<[number, number, string]>(
    'UPDATE financing_considerations SET weight = ? WHERE initiative_id = ? AND consideration = ?',
  );
  return {
    of: (id: number) => selectOne.all(id),
    all: () => selectAll.all(),
    /** The six rows of a new initiative; call inside a transaction. */
    insertAll(id: number, answers: Partial<Answers>, weights: Partial<Weights>, defaultWeight: number): void {
      for (const consideration of considerationIds)
        insert.run(id, consideration, answers[consideration] ?? null, weights[consideration] ?? defaultWeight);
    },
    /** Changes only the given answers and weights; call inside a transaction. */
    patch(id: number, answers: Partial<Answers> = {}, weights: Partial<Weights> = {}): void {
      for (const [consideration, answer] of Object.entries(answers) as [ConsiderationId, string | null | undefined][])
        if (answer !== undefined) updateAnswer.run(answer, id, consideration);
      for (const [consideration, weight] of Object.entries(weights) as [ConsiderationId, number | undefined][])
        if (weight !== undefined) updateWeight.run(weight, id, consideration);
    },
  };
}
