import type { Migration } from '../migration';

/**
 * De gids: personal notes and bookmarks per block of the guide (keyed `<page>/<block>`), and
 * the reflection cards on the "10 redenen om niet te beginnen".
 */
export const guide: Migration = {
  version: 2,
  name: 'guide',
  up(db) {
    db.exec(`
      CREATE TABLE guide_notes (
        section_key TEXT PRIMARY KEY NOT NULL,
        body TEXT NOT NULL CHECK (length(body) > 0),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE guide_bookmarks (
        section_key TEXT PRIMARY KEY NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE reason_reflections (
        reason_number INTEGER PRIMARY KEY NOT NULL CHECK (reason_number BETWEEN 1 AND 10),
        recognition TEXT CHECK (recognition IN ('herken-ik', 'herken-ik-niet')),
        turnaround TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
