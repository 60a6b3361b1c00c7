import type { Migration } from '../migration';

/**
 * Gespreksvoorbereiding: up to three bespreekpunten per POP-OP, at position 1–3. An emptied
 * point is deleted, so a row always holds text. Deleting a plan deletes its points.
 */
export const talkingPoints: Migration = {
  version: 10,
  name: 'talking-points',
  up(db) {
    db.exec(`
      CREATE TABLE pop_op_talking_points (
        plan_id INTEGER NOT NULL REFERENCES pop_op_plans (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (plan_id, position)
      ) STRICT;
    `);
  },
};
