import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { UserFacingError } from '../contract/envelope';
import { migrate, schemaVersion } from './migrate';
import type { Migration } from './migration';
import { writeTransaction } from './write-transaction';

/** The app's own tables in a database (not SQLite's internal ones), in creation order. */
export function userTables(db: Database, schema = 'main'): string[] {
  return db
    .prepare<[], { name: string }>(
      `SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid`,
    )
    .all()
    .map((row) => row.name);
}

/**
 * Brings a copy of `sourceFile` to this code's schema in a temporary folder: checked for
 * integrity, refused when newer than the code, migrated when older. The caller removes the folder.
 */
export function preparedCopy(sourceFile: string, migrations: readonly Migration[]): { file: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'werkboek-herstel-'));
  const file = join(dir, 'bron.sqlite');
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    copyFileSync(sourceFile, file);
    const source = new BetterSqlite3(file);
    try {
      if (source.pragma('integrity_check', { simple: true }) !== 'ok') {
        throw new UserFacingError('data-file', 'Deze reservekopie is beschadigd. Kies een andere.');
      }
      const latest = migrations.at(-1)?.version ?? 0;
      if (schemaVersion(source) > latest) {
        throw new UserFacingError(
          'data-file',
          'Deze reservekopie is gemaakt met een nieuwere versie van het werkboek. Installeer eerst de nieuwste versie.',
        );
      }
      migrate(source, migrations);
    } finally {
      source.close();
    }
    return { file, cleanup };
  } catch (error) {
    cleanup();
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError('data-file', 'Dit bestand is geen bruikbare reservekopie van het werkboek.');
  }
}

/**
 * Replaces every row of the open database with the rows of `preparedFile` (already at the
 * same schema) in ONE transaction on the same connection: either all of it or nothing,
 * and every handler keeps working on the same, now restored, database.
 */
export function replaceContents(db: Database, preparedFile: string): void {
  db.prepare('ATTACH DATABASE ? AS source').run(preparedFile);
  try {
    const tables = userTables(db);
    const sourceTables = new Set(userTables(db, 'source'));
    writeTransaction(db, () => {
      db.pragma('defer_foreign_keys = ON');
      for (const table of [...tables].reverse()) db.prepare(`DELETE FROM main."${table}"`).run();
      for (const table of tables) {
        if (sourceTables.has(table)) db.prepare(`INSERT INTO main."${table}" SELECT * FROM source."${table}"`).run();
      }
      const violations = db.pragma('foreign_key_check');
      if (Array.isArray(violations) && violations.length > 0) {
        throw new UserFacingError(
          'data-file',
          'De gegevens in dit bestand passen niet bij elkaar (verwijzingen kloppen niet). Er is niets veranderd.',
        );
      }
    })();
  } finally {
    db.prepare('DETACH DATABASE source').run();
  }
}
