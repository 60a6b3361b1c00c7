import type { Migration } from '../migration';

/**
 * POP-OP: plans with their profile fields and three text answers, the actions of question 4,
 * the kansen and bedreigingen of question 5, and a JSON snapshot per version ("besproken",
 * "vastgesteld"). Deleting a plan deletes its actions, factors and versions.
 */
export const popOp: Migration = {
  version: 4,
  name: 'pop-op',
  up(db) {
    db.exec(`
      CREATE TABLE pop_op_plans (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        period TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'besproken', 'vastgesteld')),
        employee_name TEXT NOT NULL DEFAULT '',
        job_title TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        manager TEXT NOT NULL DEFAULT '',
        meeting_date TEXT NOT NULL DEFAULT '' CHECK (meeting_date = '' OR meeting_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        nu TEXT NOT NULL DEFAULT '',
        richting TEXT NOT NULL DEFAULT '',
        nodig TEXT NOT NULL DEFAULT '',
        previous_plan_id INTEGER REFERENCES pop_op_plans (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE pop_op_actions (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES pop_op_plans (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        what TEXT NOT NULL DEFAULT '',
        with_whom TEXT NOT NULL DEFAULT '',
        due_date TEXT NOT NULL DEFAULT '' CHECK (due_date = '' OR due_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        status TEXT NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland', 'bezig', 'gedaan', 'geschrapt')),
        result TEXT NOT NULL DEFAULT '',
        statement_id TEXT CHECK (statement_id IS NULL OR statement_id GLOB '*-[1-9]'),
        carried_from_action_id INTEGER REFERENCES pop_op_actions (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX pop_op_actions_plan ON pop_op_actions (plan_id, position);
      CREATE INDEX pop_op_actions_carried ON pop_op_actions (carried_from_action_id);

      CREATE TABLE pop_op_factors (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES pop_op_plans (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('kans', 'bedreiging')),
        position INTEGER NOT NULL,
        text TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX pop_op_factors_plan ON pop_op_factors (plan_id, kind, position);

      CREATE TABLE pop_op_versions (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES pop_op_plans (id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        status TEXT NOT NULL CHECK (status IN ('besproken', 'vastgesteld')),
        created_at TEXT NOT NULL,
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        UNIQUE (plan_id, number)
      ) STRICT;
    `);
  },
};
