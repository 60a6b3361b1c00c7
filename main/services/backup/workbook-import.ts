import { UserFacingError } from '../../contract/envelope';
import type { Migration } from '../../db/migration';
import { type BuiltDatabase, buildDatabaseFromRows } from '../../db/workbook-rows';
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

/** Builds a database from the file's rows in a temporary folder (see `buildDatabaseFromRows`). */
export function buildDatabaseFromFile(file: WorkbookFile, migrations: readonly Migration[]): BuiltDatabase {
  return buildDatabaseFromRows(file.tables, file.schemaVersion, migrations);
}
