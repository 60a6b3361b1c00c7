import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { UserFacingError } from '../../contract/envelope';
import { migrate } from '../../db/migrate';
import type { Migration } from '../../db/migration';
import { userTables } from '../../db/replace-contents';
import { writeTransaction } from '../../db/write-transaction';
import { type WorkbookFile, workbookFileFormat, workbookFileSchema, workbookFileVersion } from './workbook-file';

const incomplete = 'Dit werkboekbestand is onvolledig of beschadigd. Er is niets veranderd.';
const notAWorkbook = 'Dit is geen werkboekbestand. Kies een bestand dat je met “Werkboek exporteren” hebt gemaakt.';

/** Parses and checks the outer shape of an export file, with a Dutch reason when it is not one. */
export function parseWorkbookFile(text: string, latestSchemaVersion: number): WorkbookFile {
  let raw: unknown;
  try {
    // Keys that could reach an object's prototype have no place in a workbook file.
    raw = JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new Error('forbidden key');
      return value;
    });
  } catch {
    throw new UserFacingError('invalid-input', notAWorkbook);
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== workbookFileFormat
  ) {
    throw new UserFacingError('invalid-input', notAWorkbook);
  }
  const parsed = workbookFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new UserFacingError('invalid-input', incomplete);
  }
  const file = parsed.data;
  if (file.formatVersion !== workbookFileVersion) {
    throw new UserFacingError(
      'invalid-input',
      `Dit werkboekbestand heeft een andere opmaak (versie ${file.formatVersion}). Er is niets veranderd.`,
    );
  }
  if (file.schemaVersion > latestSchemaVersion) {
    throw new UserFacingError(
      'invalid-input',
      'Dit werkboekbestand komt uit een nieuwere versie van het werkboek. Installeer eerst de nieuwste versie.',
    );
  }
  return file;
}

/**
 * Builds a complete database from an export file in a temporary folder: the schema of the
 * file's version, every row inserted (SQLite's STRICT types, CHECKs, keys and foreign keys
 * judge each one), then migrated to this code's schema. Nothing of the user's workbook is
 * touched; the caller swaps the contents in and removes the folder.
 */
export function buildDatabaseFromFile(
  file: WorkbookFile,
  migrations: readonly Migration[],
): { file: string; rows: number; tables: number; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'werkboek-import-'));
  const path = join(dir, 'import.sqlite');
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const db = new BetterSqlite3(path);
  let rows = 0;
  try {
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      migrations.filter((migration) => migration.version <= file.schemaVersion),
    );
    const known = new Set(userTables(db));
    for (const table of Object.keys(file.tables)) {
      if (!known.has(table))
        throw new UserFacingError(
          'invalid-input',
          `Dit werkboekbestand bevat een onbekend onderdeel (“${table}”). Er is niets veranderd.`,
        );
    }
    // An export always holds every table, also empty ones: a missing table means a damaged file.
    for (const table of known) {
      if (!Object.hasOwn(file.tables, table)) throw new UserFacingError('invalid-input', incomplete);
    }
    writeTransaction(db, () => {
      db.pragma('defer_foreign_keys = ON');
      for (const table of userTables(db)) {
        const columns = db
          .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
          .all()
          .map((c) => c.name);
        const insert = db.prepare(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        (file.tables[table] ?? []).forEach((row, index) => {
          const keys = Object.keys(row);
          if (keys.length !== columns.length || !columns.every((column) => Object.hasOwn(row, column))) {
            throw new UserFacingError(
              'invalid-input',
              `Rij ${index + 1} van “${table}” heeft niet de juiste velden. Er is niets veranderd.`,
            );
          }
          try {
            insert.run(...columns.map((column) => row[column] ?? null));
          } catch (error) {
            const duplicate = error instanceof Error && /UNIQUE|PRIMARY KEY/.test(error.message);
            throw new UserFacingError(
              'invalid-input',
              duplicate
                ? `Rij ${index + 1} van “${table}” komt dubbel voor. Er is niets veranderd.`
                : `Rij ${index + 1} van “${table}” klopt niet. Er is niets veranderd.`,
            );
          }
          rows += 1;
        });
      }
      const violations = db.pragma('foreign_key_check');
      if (Array.isArray(violations) && violations.length > 0) {
        throw new UserFacingError(
          'invalid-input',
          'In dit werkboekbestand verwijzen gegevens naar iets wat er niet in staat. Er is niets veranderd.',
        );
      }
    })();
    migrate(db, migrations);
    return { file: path, rows, tables: Object.keys(file.tables).length, cleanup };
  } catch (error) {
    db.close();
    cleanup();
    throw error;
  } finally {
    if (db.open) db.close();
  }
}
