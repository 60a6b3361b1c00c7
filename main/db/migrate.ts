import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';
import { writeTransaction } from './write-transaction';

/** Reads the schema version stored in the file's header. */
export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every migration newer than the file, each in one transaction together with its
 * user_version bump, so a crash leaves the file at the previous or the next version.
 * `beforeMigrating` runs once, only when there is something to migrate (backups hook in here).
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[],
  beforeMigrating: () => void = () => {},
): number {
  const pending = migrations.filter((migration) => migration.version > schemaVersion(db));
  if (pending.length > 0) beforeMigrating();
  for (const migration of pending) {
    writeTransaction(db, () => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersion(db);
}
