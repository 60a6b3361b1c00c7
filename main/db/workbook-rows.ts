import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { UserFacingError } from '../contract/envelope';
import { migrate } from './migrate';
import type { Migration } from './migration';
import { userTables } from './replace-contents';
import { writeTransaction } from './write-transaction';

/** One row of a table as plain values, the way a workbook file carries it (a BLOB as base64 text). */
export type WorkbookRow = Record<string, string | number | null>;
/** Every table of a workbook, each as its rows in rowid order. */
export type WorkbookTables = Record<string, WorkbookRow[]>;

const incomplete = 'Dit werkboekbestand is onvolledig of beschadigd. Er is niets veranderd.';

/** Every table of the workbook as rows of plain values, read in one transaction. */
export function readAllTables(db: Database): WorkbookTables {
  const tables: WorkbookTables = {};
  writeTransaction(db, () => {
    for (const table of userTables(db)) {
      const rows = db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as Record<string, unknown>[];
      tables[table] = rows.map(plainRow);
    }
  })();
  return tables;
}

/** JSON has no bytes: a BLOB (an image in Instellingen) travels as base64 text. */
function plainRow(row: Record<string, unknown>): WorkbookRow {
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => [
      column,
      Buffer.isBuffer(value) ? value.toString('base64') : (value as string | number | null),
    ]),
  );
}

interface Column {
  name: string;
  /** A BLOB column takes its base64 text back as bytes. */
  blob: boolean;
}

function columnsOf(db: Database, table: string): Column[] {
  return db
    .prepare<[], { name: string; type: string }>(`SELECT name, type FROM pragma_table_info('${table}')`)
    .all()
    .map((c) => ({ name: c.name, blob: c.type.toUpperCase() === 'BLOB' }));
}

function cellValue(column: Column, value: string | number | null | undefined): string | number | Buffer | null {
  if (column.blob && typeof value === 'string') return Buffer.from(value, 'base64');
  return value ?? null;
}

function checkTableNames(db: Database, tables: WorkbookTables): void {
  const known = new Set(userTables(db));
  for (const table of Object.keys(tables)) {
    if (!known.has(table))
      throw new UserFacingError(
        'invalid-input',
        `Dit werkboekbestand bevat een onbekend onderdeel (“${table}”). Er is niets veranderd.`,
      );
  }
  // An export always holds every table, also empty ones: a missing table means a damaged file.
  for (const table of known) {
    if (!Object.hasOwn(tables, table)) throw new UserFacingError('invalid-input', incomplete);
  }
}

function insertTable(db: Database, table: string, rows: readonly WorkbookRow[]): number {
  const columns = columnsOf(db, table);
  const insert = db.prepare(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  rows.forEach((row, index) => {
    const keys = Object.keys(row);
    if (keys.length !== columns.length || !columns.every((column) => Object.hasOwn(row, column.name))) {
      throw new UserFacingError(
        'invalid-input',
        `Rij ${index + 1} van “${table}” heeft niet de juiste velden. Er is niets veranderd.`,
      );
    }
    try {
      insert.run(...columns.map((column) => cellValue(column, row[column.name])));
    } catch (error) {
      const duplicate = error instanceof Error && /UNIQUE|PRIMARY KEY/.test(error.message);
      throw new UserFacingError(
        'invalid-input',
        duplicate
          ? `Rij ${index + 1} van “${table}” komt dubbel voor. Er is niets veranderd.`
          : `Rij ${index + 1} van “${table}” klopt niet. Er is niets veranderd.`,
      );
    }
  });
  return rows.length;
}

function insertAll(db: Database, tables: WorkbookTables): number {
  let rows = 0;
  writeTransaction(db, () => {
    db.pragma('defer_foreign_keys = ON');
    for (const table of userTables(db)) rows += insertTable(db, table, tables[table] ?? []);
    const violations = db.pragma('foreign_key_check');
    if (Array.isArray(violations) && violations.length > 0) {
      throw new UserFacingError(
        'invalid-input',
        'In dit werkboekbestand verwijzen gegevens naar iets wat er niet in staat. Er is niets veranderd.',
      );
    }
  })();
  return rows;
}

/** A database built in a temporary folder; the caller opens it, swaps it in, and cleans up. */
export interface BuiltDatabase {
  file: string;
  rows: number;
  tables: number;
  cleanup(): void;
}

/**
 * Builds a complete database from rows in a temporary folder: the schema of `schemaVersion`,
 * every row inserted (SQLite's STRICT types, CHECKs, keys and foreign keys judge each one),
 * then migrated to this code's schema. Nothing of the user's workbook is touched.
 */
export function buildDatabaseFromRows(
  tables: WorkbookTables,
  schemaVersion: number,
  migrations: readonly Migration[],
): BuiltDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'werkboek-import-'));
  const path = join(dir, 'import.sqlite');
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const db = new BetterSqlite3(path);
  try {
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      migrations.filter((migration) => migration.version <= schemaVersion),
    );
    checkTableNames(db, tables);
    const rows = insertAll(db, tables);
    migrate(db, migrations);
    return { file: path, rows, tables: Object.keys(tables).length, cleanup };
  } catch (error) {
    db.close();
    cleanup();
    throw error;
  } finally {
    if (db.open) db.close();
  }
}

/** Every table of the database in `file` (read-only), e.g. a database an import just built. */
export function readTablesOfFile(file: string): WorkbookTables {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return readAllTables(db);
  } finally {
    db.close();
  }
}

/** How many rows each table of the database holds. */
export function rowCounts(db: Database): Record<string, number> {
  return Object.fromEntries(
    userTables(db).map((table) => [
      table,
      db.prepare<[], number>(`SELECT count(*) FROM "${table}"`).pluck().get() ?? 0,
    ]),
  );
}
