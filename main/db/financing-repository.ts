import type { Database, Statement } from 'better-sqlite3';
import type { Answers, Initiative, InitiativePatch, MoneyRole, NeedId, Weights } from '../contract/financing-channels';
import { type ConsiderationId, considerationIds, type FinancingFormId } from '../contract/guide-content';

interface InitiativeRow {
  id: number;
  name: string;
  description: string;
  amount_euros: number | null;
  timing_note: string;
  notes: string;
  money_role: MoneyRole | null;
  chosen_form: FinancingFormId | null;
  created_at: string;
  updated_at: string;
}

interface ConsiderationRow {
  initiative_id: number;
  consideration: ConsiderationId;
  answer: string | null;
  weight: number;
}

/** An initiative as the list needs it. */
export type InitiativeListRow = Pick<
  Initiative,
  'id' | 'name' | 'description' | 'updatedAt' | 'chosenFormId' | 'answers' | 'weights'
>;

function groupByInitiative<T extends { initiative_id: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) groups.set(row.initiative_id, [...(groups.get(row.initiative_id) ?? []), row]);
  return groups;
}

/** Column of each plain initiative field in a patch. */
const columns = {
  name: 'name',
  description: 'description',
  amountEuros: 'amount_euros',
  timingNote: 'timing_note',
  notes: 'notes',
  moneyRole: 'money_role',
  chosenFormId: 'chosen_form',
} as const satisfies Partial<Record<keyof InitiativePatch, string>>;

/**
 * Initiatives of the Financieringshulp with their needs and, per consideration, the answer
 * and weight. The CHECK constraints of migration 5 guarantee the ids read back.
 */
export function createFinancingRepository(db: Database) {
  const selectAll = db.prepare<[], InitiativeRow>(
    'SELECT * FROM financing_initiatives ORDER BY updated_at DESC, id DESC',
  );
  // The list screen's columns only, and the considerations as plain arrays: the list of 500 stays a few ms.
  const selectSummaries = db
    .prepare<[], [number, string, string, string, FinancingFormId | null]>(
      'SELECT id, name, description, updated_at, chosen_form FROM financing_initiatives ORDER BY updated_at DESC, id DESC',
    )
    .raw();
  const selectAllAnswers = db
    .prepare<[], [number, ConsiderationId, string | null, number]>(
      'SELECT initiative_id, consideration, answer, weight FROM financing_considerations',
    )
    .raw();
  const selectOne = db.prepare<[number], InitiativeRow>('SELECT * FROM financing_initiatives WHERE id = ?');
  const selectNeeds = db.prepare<[number], { need: NeedId }>(
    'SELECT need FROM financing_needs WHERE initiative_id = ? ORDER BY need',
  );
  const selectConsiderations = db.prepare<[number], ConsiderationRow>(
    'SELECT * FROM financing_considerations WHERE initiative_id = ?',
  );
  const selectAllConsiderations = db.prepare<[], ConsiderationRow>('SELECT * FROM financing_considerations');
  const insertInitiative = db.prepare<{ name: string; now: string }>(
    'INSERT INTO financing_initiatives (name, created_at, updated_at) VALUES (:name, :now, :now)',
  );
  const insertConsideration = db.prepare<[number, string, string | null, number]>(
    'INSERT INTO financing_considerations (initiative_id, consideration, answer, weight) VALUES (?, ?, ?, ?)',
  );
  const updateAnswer = db.prepare<[string | null, number, string]>(
    'UPDATE financing_considerations SET answer = ? WHERE initiative_id = ? AND consideration = ?',
  );
  const updateWeight = db.prepare<[number, number, string]>(
    'UPDATE financing_considerations SET weight = ? WHERE initiative_id = ? AND consideration = ?',
  );
  const deleteNeeds = db.prepare<[number]>('DELETE FROM financing_needs WHERE initiative_id = ?');
  const insertNeed = db.prepare<[number, string]>('INSERT INTO financing_needs (initiative_id, need) VALUES (?, ?)');
  const updateColumn = Object.fromEntries(
    Object.entries(columns).map(([field, column]) => [
      field,
      // Column names come from the fixed map above, never from the input.
      db.prepare<[unknown, number]>(`UPDATE financing_initiatives SET ${column} = ? WHERE id = ?`),
    ]),
  ) as Record<keyof typeof columns, Statement<[unknown, number]>>;
  const selectAllNeeds = db.prepare<[], { initiative_id: number; need: NeedId }>(
    'SELECT initiative_id, need FROM financing_needs ORDER BY need',
  );
  const touch = db.prepare<[string, number]>('UPDATE financing_initiatives SET updated_at = ? WHERE id = ?');
  const deleteOne = db.prepare<[number]>('DELETE FROM financing_initiatives WHERE id = ?');

  function toInitiative(row: InitiativeRow, needs: NeedId[], rows: ConsiderationRow[]): Initiative {
    const answers = Object.fromEntries(considerationIds.map((id) => [id, null])) as Record<ConsiderationId, null>;
    const weights = Object.fromEntries(considerationIds.map((id) => [id, 2])) as Record<ConsiderationId, number>;
    for (const r of rows) {
      (answers as Record<ConsiderationId, string | null>)[r.consideration] = r.answer;
      weights[r.consideration] = r.weight;
    }
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      amountEuros: row.amount_euros,
      timingNote: row.timing_note,
      notes: row.notes,
      needs,
      moneyRole: row.money_role,
      answers: answers as unknown as Answers,
      weights: weights as Weights,
      chosenFormId: row.chosen_form,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  function get(id: number): Initiative | undefined {
    const row = selectOne.get(id);
    if (!row) return undefined;
    return toInitiative(
      row,
      selectNeeds.all(id).map((r) => r.need),
      selectConsiderations.all(id),
    );
  }

  return {
    /** Every initiative, most recently changed first. */
    list(): Initiative[] {
      const considerations = groupByInitiative(selectAllConsiderations.all());
      const needs = groupByInitiative(selectAllNeeds.all());
      return selectAll.all().map((row) =>
        toInitiative(
          row,
          (needs.get(row.id) ?? []).map((r) => r.need),
          considerations.get(row.id) ?? [],
        ),
      );
    },

    /** Every initiative as the list shows it, most recently changed first, with its answers and weights. */
    summaries(): InitiativeListRow[] {
      const byId = new Map<number, Pick<Initiative, 'answers' | 'weights'>>();
      const rows = selectSummaries.all().map(([id, name, description, updatedAt, chosenFormId]) => {
        const answers = Object.fromEntries(considerationIds.map((c) => [c, null])) as unknown as Answers;
        const weights = Object.fromEntries(considerationIds.map((c) => [c, 2])) as Weights;
        byId.set(id, { answers, weights });
        return { id, name, description, updatedAt, chosenFormId, answers, weights };
      });
      for (const [id, consideration, answer, weight] of selectAllAnswers.all()) {
        const initiative = byId.get(id);
        if (!initiative) continue;
        (initiative.answers as Record<ConsiderationId, string | null>)[consideration] = answer;
        initiative.weights[consideration] = weight;
      }
      return rows;
    },

    get,

    /** A new initiative with every consideration unanswered at weight `defaultWeight`. */
    create: db.transaction((name: string, now: string, defaultWeight: number): number => {
      const id = Number(insertInitiative.run({ name, now }).lastInsertRowid);
      for (const consideration of considerationIds) insertConsideration.run(id, consideration, null, defaultWeight);
      return id;
    }),

    /** Applies a patch in one transaction; false when the initiative does not exist. */
    update: db.transaction((id: number, patch: InitiativePatch, now: string): boolean => {
      if (!selectOne.get(id)) return false;
      for (const field of Object.keys(columns) as (keyof typeof columns)[]) {
        const value = patch[field];
        if (value !== undefined) updateColumn[field].run(value, id);
      }
      if (patch.needs) {
        deleteNeeds.run(id);
        for (const need of patch.needs) insertNeed.run(id, need);
      }
      for (const [consideration, answer] of Object.entries(patch.answers ?? {})) {
        if (answer !== undefined) updateAnswer.run(answer, id, consideration);
      }
      for (const [consideration, weight] of Object.entries(patch.weights ?? {})) {
        if (weight !== undefined) updateWeight.run(weight, id, consideration);
      }
      touch.run(now, id);
      return true;
    }),

    /** A copy with a new name and the same answers; undefined when the original does not exist. */
    duplicate: db.transaction((id: number, name: string, now: string): number | undefined => {
      const original = get(id);
      if (!original) return undefined;
      const copy = Number(insertInitiative.run({ name, now }).lastInsertRowid);
      db.prepare(
        `UPDATE financing_initiatives SET (description, amount_euros, timing_note, notes, money_role, chosen_form) =
           (SELECT description, amount_euros, timing_note, notes, money_role, chosen_form FROM financing_initiatives WHERE id = ?)
         WHERE id = ?`,
      ).run(id, copy);
      for (const need of original.needs) insertNeed.run(copy, need);
      for (const consideration of considerationIds)
        insertConsideration.run(copy, consideration, original.answers[consideration], original.weights[consideration]);
      return copy;
    }),

    /** Removes an initiative with its needs and answers; false when it did not exist. */
    delete(id: number): boolean {
      return deleteOne.run(id).changes > 0;
    },
  };
}
export type FinancingRepository = ReturnType<typeof createFinancingRepository>;
