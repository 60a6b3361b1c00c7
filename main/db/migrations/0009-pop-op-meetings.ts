import type { Migration } from '../migration';

// A real calendar day: SQLite's date() turns '2027-02-31' into '2027-03-03', so it must give the text back.
const calendarDay = (column: string) =>
  `${column} GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(${column}) = ${column}`;

/**
 * The meeting about a POP-OP (issue 12): when it was held, with whom, its outcome and the next
 * meeting, attached to the version it froze (one meeting per version), and its agreements, each
 * of which may have become an action of the plan. Deleting the plan or the version deletes the
 * meeting; deleting the action only unlinks the agreement.
 */
export const popOpMeetings: Migration = {
  version: 9,
  name: 'pop-op-meetings',
  up(db) {
    db.exec(`
      CREATE TABLE pop_op_meetings (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES pop_op_plans (id) ON DELETE CASCADE,
        version_id INTEGER NOT NULL UNIQUE REFERENCES pop_op_versions (id) ON DELETE CASCADE,
        held_on TEXT NOT NULL CHECK (${calendarDay('held_on')}),
        with_whom TEXT NOT NULL CHECK (trim(with_whom) <> '' AND length(with_whom) <= 200),
        outcome TEXT NOT NULL CHECK (outcome IN ('voor-gezien', 'voor-akkoord', 'aangepast')),
        next_meeting TEXT NOT NULL DEFAULT '' CHECK (next_meeting = '' OR (${calendarDay('next_meeting')} AND next_meeting > held_on)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX pop_op_meetings_plan ON pop_op_meetings (plan_id, held_on);

      CREATE TABLE pop_op_meeting_agreements (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES pop_op_meetings (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 10),
        text TEXT NOT NULL CHECK (trim(text) <> '' AND length(text) <= 1000),
        action_id INTEGER REFERENCES pop_op_actions (id) ON DELETE SET NULL,
        UNIQUE (meeting_id, position)
      ) STRICT;
      CREATE INDEX pop_op_meeting_agreements_action ON pop_op_meeting_agreements (action_id);
    `);
  },
};
