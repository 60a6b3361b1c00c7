import type { Database, Statement } from 'better-sqlite3';
import type { Initiative, InitiativePatch } from '../contract/financing-channels';
import { createConsiderationsTable, createNeedsTable, createPurposesTable } from './financing-initiative-children';
import {
  groupByInitiative,
  type InitiativeListRow,
  type InitiativeRow,
  toInitiative,
} from './financing-initiative-rows';
import { writeTransaction } from './write-transaction';

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

/** The initiative rows themselves (financing_initiatives): plain fields, one column per patch field. */
function createInitiativesTable(db: Database) {
  const updateColumn = Object.fromEntries(
    Object.entries(columns).map(([field, column]) => [
      field,
      // Column names come from the fixed map above, never from the input.
      db.prepare<[unknown, number]>(`UPDATE financing_initiatives SET ${column} = ? WHERE id = ?`),
    ]),
  ) as Record<keyof typeof columns, Statement<[unknown, number]>>;
  const insert = db.prepare<{ name: string; now: string }>(
    'INSERT INTO financing_initiatives (name, created_at, updated_at) VALUES (:name, :now, :now)',
  );
  const copyFields = db.prepare<[number, number]>(
    `UPDATE financing_initiatives SET (description, amount_euros, timing_note, notes, money_role, chosen_form) =
       (SELECT description, amount_euros, timing_note, notes, money_role, chosen_form FROM financing_initiatives WHERE id = ?)
     WHERE id = ?`,
  );
  const touch = db.prepare<[string, number]>('UPDATE financing_initiatives SET updated_at = ? WHERE id = ?');
  return {
    all: db.prepare<[], InitiativeRow>('SELECT * FROM financing_initiatives ORDER BY updated_at DESC, id DESC'),
    // The answered count by the considerations' primary key (initiative_id, consideration), the order by its index.
    listRows: db.prepare<[], InitiativeListRow>(
      `SELECT i.id, i.name, i.description, i.chosen_form, i.updated_at,
         (SELECT count(*) FROM financing_considerations c WHERE c.initiative_id = i.id AND c.answer IS NOT NULL)
           AS answered_count
       FROM financing_initiatives i ORDER BY i.updated_at DESC, i.id DESC`,
    ),
    one: db.prepare<[number], InitiativeRow>('SELECT * FROM financing_initiatives WHERE id = ?'),
    remove: db.prepare<[number]>('DELETE FROM financing_initiatives WHERE id = ?'),
    insert: (name: string, now: string) => Number(insert.run({ name, now }).lastInsertRowid),
    copyFields: (from: number, to: number) => copyFields.run(from, to),
    touch: (id: number, now: string) => touch.run(now, id),
    /** Writes the plain fields a patch gives. */
    patch(id: number, patch: InitiativePatch): void {
      for (const field of Object.keys(columns) as (keyof typeof columns)[]) {
        const value = patch[field];
        if (value !== undefined) updateColumn[field].run(value, id);
      }
    },
  };
}

/**
 * Initiatives of the Financieringshulp with their needs, purposes and, per consideration, the answer
 * and weight. The CHECK constraints of migrations 5 and 6 guarantee the ids read back.
 */
export function createFinancingRepository(db: Database) {
  const initiatives = createInitiativesTable(db);
  const needs = createNeedsTable(db);
  const purposes = createPurposesTable(db);
  const considerations = createConsiderationsTable(db);

  function get(id: number): Initiative | undefined {
    const row = initiatives.one.get(id);
    if (!row) return undefined;
    return toInitiative({ row, needs: needs.of(id), purposes: purposes.of(id), considerations: considerations.of(id) });
  }

  return {
    /** What the list shows of every initiative, most recently changed first: one query. */
    listRows(): InitiativeListRow[] {
      return initiatives.listRows.all();
    },

    /** Every initiative, most recently changed first. */
    list(): Initiative[] {
      const considerationsBy = groupByInitiative(considerations.all());
      const needsBy = groupByInitiative(needs.all());
      const purposesBy = groupByInitiative(purposes.all());
      return initiatives.all.all().map((row) =>
        toInitiative({
          row,
          needs: (needsBy.get(row.id) ?? []).map((r) => r.need),
          purposes: (purposesBy.get(row.id) ?? []).map((r) => r.purpose),
          considerations: considerationsBy.get(row.id) ?? [],
        }),
      );
    },

    get,

    /** A new initiative with every consideration unanswered at weight `defaultWeight`. */
    create: writeTransaction(db, (name: string, now: string, defaultWeight: number): number => {
      const id = initiatives.insert(name, now);
      considerations.insertAll(id, {}, {}, defaultWeight);
      return id;
    }),

    /** Applies a patch in one transaction; false when the initiative does not exist. */
    update: writeTransaction(db, (id: number, patch: InitiativePatch, now: string): boolean => {
      if (!initiatives.one.get(id)) return false;
      initiatives.patch(id, patch);
      if (patch.needs) needs.replace(id, patch.needs);
      if (patch.purposes) purposes.replace(id, patch.purposes);
      considerations.patch(id, patch.answers, patch.weights);
      initiatives.touch(id, now);
      return true;
    }),

    /** A copy with a new name and the same answers; undefined when the original does not exist. */
    duplicate: writeTransaction(db, (id: number, name: string, now: string): number | undefined => {
      const original = get(id);
      if (!original) return undefined;
      const copy = initiatives.insert(name, now);
      initiatives.copyFields(id, copy);
      needs.replace(copy, original.needs);
      purposes.replace(copy, original.purposes);
      considerations.insertAll(copy, original.answers, original.weights, 2);
      return copy;
    }),

    /** Removes an initiative with its needs and answers; false when it did not exist. */
    delete(id: number): boolean {
      return initiatives.remove.run(id).changes > 0;
    },
  };
}
export type FinancingRepository = ReturnType<typeof createFinancingRepository>;
