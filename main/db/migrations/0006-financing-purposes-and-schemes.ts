import type { Migration } from '../migration';

/**
 * Financieringshulp, second step: what the money (or the initiative) is for, which decides
 * which forms can help at all; and the municipality's own schemes, each one of the nine
 * forms. Ids are written out here (not imported) so this step stays what it was when it shipped.
 */
export const financingPurposesAndSchemes: Migration = {
  version: 6,
  name: 'financing-purposes-and-schemes',
  up(db) {
    db.exec(`
      CREATE TABLE financing_purposes (
        initiative_id INTEGER NOT NULL REFERENCES financing_initiatives (id) ON DELETE CASCADE,
        purpose TEXT NOT NULL CHECK (purpose IN (
          'eenmalig', 'terugkerend', 'startkapitaal', 'begroting', 'taak', 'ruilen'
        )),
        PRIMARY KEY (initiative_id, purpose)
      ) STRICT;

      CREATE TABLE financing_local_schemes (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        form TEXT NOT NULL CHECK (form IN (
          'bewonersbudget', 'initiatievenfonds', 'budgetmonitoring', 'fiscale-constructie',
          'maatschappelijk-aanbesteden', 'lokaal-fonds', 'leenkring', 'crowdfunding', 'complementair-geld'
        )),
        max_amount_euros INTEGER CHECK (max_amount_euros BETWEEN 0 AND 1000000000),
        conditions TEXT NOT NULL DEFAULT '' CHECK (length(conditions) <= 20000),
        contact TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 200),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX financing_local_schemes_form ON financing_local_schemes (form);
    `);
  },
};
