import type { Migration } from '../migration';

/**
 * Images the user picks once in Instellingen, for now the organisation's logo on the POP-OP:
 * the bytes as checked by main (PNG or JPEG, at most 1 MB) with their type and size in pixels,
 * so printing never has to read the image to place it.
 */
export const settingsImages: Migration = {
  version: 11,
  name: 'settings-images',
  up(db) {
    db.exec(`
      CREATE TABLE settings_images (
        key TEXT PRIMARY KEY NOT NULL CHECK (key IN ('logo')),
        file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
        width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 3000),
        height INTEGER NOT NULL CHECK (height BETWEEN 1 AND 3000),
        bytes BLOB NOT NULL CHECK (length(bytes) BETWEEN 1 AND 1048576),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
