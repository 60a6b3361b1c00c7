import type { Database } from 'better-sqlite3';
import { schemaVersion } from '../../db/migrate';
import { readAllTables } from '../../db/workbook-rows';
import { type WorkbookFile, workbookFileFormat, workbookFileVersion } from './workbook-file';

/** Every table of the workbook as rows of plain values: self-analyses, plans, initiatives, notes, settings. */
export function exportWorkbook(db: Database, appVersion: string, now: Date = new Date()): WorkbookFile {
  const tables: WorkbookFile['tables'] = readAllTables(db);
  return {
    format: workbookFileFormat,
    formatVersion: workbookFileVersion,
    schemaVersion: schemaVersion(db),
    exportedAt: now.toISOString(),
    appVersion,
    tables,
  };
}
