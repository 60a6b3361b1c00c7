import type { Migration } from '../migration';

/**
 * Financieringshulp: initiatives, what they need, and per consideration the answer and its
 * weight. The lists of ids are written out here (not imported) so this step stays exactly
 * what it was when it shipped, whatever the code does later.
 */
export const financing: Migration = {
  version: 5,
  name: 'financing',
  up(db) {
    db.exec(`
      CREATE TABLE financing_initiatives (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) <= 200),
        description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
        amount_euros INTEGER CHECK (amount_euros BETWEEN 0 AND 1000000000),
        timing_note TEXT NOT NULL DEFAULT '' CHECK (length(timing_note) <= 200),
        notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
        money_role TEXT CHECK (money_role IN ('kern', 'helpt', 'niet')),
        chosen_form TEXT CHECK (chosen_form IN (
          'bewonersbudget', 'initiatievenfonds', 'budgetmonitoring', 'fiscale-constructie',
          'maatschappelijk-aanbesteden', 'lokaal-fonds', 'leenkring', 'crowdfunding', 'complementair-geld'
        )),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE financing_needs (
        initiative_id INTEGER NOT NULL REFERENCES financing_initiatives (id) ON DELETE CASCADE,
        need TEXT NOT NULL CHECK (need IN ('geld', 'kennis', 'contacten', 'regels', 'plek')),
        PRIMARY KEY (initiative_id, need)
      ) STRICT;

      CREATE TABLE financing_considerations (
        initiative_id INTEGER NOT NULL REFERENCES financing_initiatives (id) ON DELETE CASCADE,
        consideration TEXT NOT NULL,
        answer TEXT,
        weight INTEGER NOT NULL DEFAULT 2 CHECK (weight BETWEEN 0 AND 3),
        PRIMARY KEY (initiative_id, consideration),
        CHECK (
          (consideration = 'zeggenschap' AND (answer IS NULL OR answer IN ('meebeslissen', 'afspraken', 'zelf', 'weet-niet')))
          OR (consideration = 'eigenaarschap' AND (answer IS NULL OR answer IN ('helemaal', 'grotendeels', 'taak-gemeente', 'weet-niet')))
          OR (consideration = 'risico' AND (answer IS NULL OR answer IN ('geen', 'beperkt', 'mee-dragen', 'weet-niet')))
          OR (consideration = 'verantwoording' AND (answer IS NULL OR answer IN ('precies', 'terugblik', 'geen', 'weet-niet')))
          OR (consideration = 'timing' AND (answer IS NULL OR answer IN ('eenmalig-snel', 'eenmalig-later', 'structureel', 'weet-niet')))
          OR (consideration = 'symboolwerking' AND (answer IS NULL OR answer IN ('zichtbaar', 'bescheiden', 'achtergrond', 'weet-niet')))
        )
      ) STRICT;

      CREATE INDEX financing_initiatives_updated ON financing_initiatives (updated_at DESC);
    `);
  },
};
