import type { Database } from 'better-sqlite3';
import type { LocalScheme, LocalSchemeFields } from '../contract/financing-channels';
import type { FinancingFormId } from '../contract/guide-content';

interface SchemeRow {
  id: number;
  name: string;
  form: FinancingFormId;
  max_amount_euros: number | null;
  conditions: string;
  contact: string;
  created_at: string;
  updated_at: string;
}

function toScheme(row: SchemeRow): LocalScheme {
  return {
    id: row.id,
    name: row.name,
    formId: row.form,
    maxAmountEuros: row.max_amount_euros,
    conditions: row.conditions,
    contact: row.contact,
    updatedAt: row.updated_at,
  };
}

/** The municipality's own schemes (financing_local_schemes, migration 6), each one of the nine forms. */
export function createFinancingSchemesRepository(db: Database) {
  const selectAll = db.prepare<[], SchemeRow>('SELECT * FROM financing_local_schemes ORDER BY name COLLATE NOCASE, id');
  const selectOne = db.prepare<[number], SchemeRow>('SELECT * FROM financing_local_schemes WHERE id = ?');
  const values = (fields: LocalSchemeFields, now: string) => ({
    name: fields.name.trim(),
    form: fields.formId,
    max: fields.maxAmountEuros,
    conditions: fields.conditions.trim(),
    contact: fields.contact.trim(),
    now,
  });
  const insert = db.prepare(
    `INSERT INTO financing_local_schemes (name, form, max_amount_euros, conditions, contact, created_at, updated_at)
     VALUES (:name, :form, :max, :conditions, :contact, :now, :now)`,
  );
  const update = db.prepare(
    `UPDATE financing_local_schemes SET name = :name, form = :form, max_amount_euros = :max,
       conditions = :conditions, contact = :contact, updated_at = :now WHERE id = :id`,
  );
  const remove = db.prepare<[number]>('DELETE FROM financing_local_schemes WHERE id = ?');
  return {
    /** All schemes, by name. */
    list: (): LocalScheme[] => selectAll.all().map(toScheme),
    get(id: number): LocalScheme | undefined {
      const row = selectOne.get(id);
      return row ? toScheme(row) : undefined;
    },
    create: (fields: LocalSchemeFields, now: string): number => Number(insert.run(values(fields, now)).lastInsertRowid),
    /** False when the scheme does not exist. */
    update: (id: number, fields: LocalSchemeFields, now: string): boolean =>
      update.run({ ...values(fields, now), id }).changes > 0,
    /** False when the scheme did not exist. */
    delete: (id: number): boolean => remove.run(id).changes > 0,
  };
}
export type FinancingSchemesRepository = ReturnType<typeof createFinancingSchemesRepository>;
