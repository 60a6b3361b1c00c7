import type { Database } from 'better-sqlite3';
import { userTables } from '../../main/db/replace-contents';

/** The schema and every row of every table, in rowid order: "the database exactly as it was". */
export function databaseDump(db: Database): string {
  const schema = db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY rowid').all();
  const rows = userTables(db).map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]);
  return JSON.stringify({ schema, rows, version: db.pragma('user_version', { simple: true }) });
}
