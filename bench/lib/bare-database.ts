import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/**
 * The write baseline: a bare better-sqlite3 file with the app's pragmas (WAL,
 * synchronous=FULL, foreign keys, busy timeout) and one STRICT table; `write()` upserts a row.
 */
export function openBareDatabase(dir: string) {
  const db = new BetterSqlite3(join(dir, 'bare.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(
    'CREATE TABLE IF NOT EXISTS answers (run_id INTEGER NOT NULL, statement_id TEXT NOT NULL, value INTEGER NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (run_id, statement_id)) STRICT',
  );
  const upsert = db.prepare(
    'INSERT INTO answers VALUES (?, ?, ?, ?) ON CONFLICT (run_id, statement_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  );
  let count = 0;
  return {
    db,
    write(): void {
      count += 1;
      upsert.run(1, `s-${count % 30}`, count % 4, new Date().toISOString());
    },
  };
}
