import type { Database } from 'better-sqlite3';
import { schemaVersion } from '../../db/migrate';
import { userTables } from '../../db/replace-contents';
import { writeTransaction } from '../../db/write-transaction';
import { type WorkbookFile, workbookFileFormat, workbookFileVersion } from './workbook-file';

/** Every table of the workbook as rows of plain values: self-analyses, plans, initiatives, notes, settings. */
export function exportWorkbook(db: Database, appVersion: string, now: Date = new Date()): WorkbookFile {
  const tables: WorkbookFile['tables'] = {};
  writeTransaction(db, () => {
    for (const table of userTables(db)) {
      tables[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as WorkbookFile['tables'][string];
    }
  })();
  return {
    format: workbookFileFormat,
    formatVersion: workbookFileVersion,
    schemaVersion: schemaVersion(db),
    exportedAt: now.toISOString(),
    appVersion,
    tables,
  };
}
