import type { Database } from 'better-sqlite3';

/**
 * Wraps `work` in a transaction that takes SQLite's write lock at `BEGIN IMMEDIATE`.
 *
 * Why not better-sqlite3's default (deferred) transaction: a deferred transaction that reads
 * first and writes later must upgrade its lock mid-way, and when another connection wrote in
 * between, SQLite answers "database is locked" at once, without waiting for the busy timeout.
 * An immediate transaction waits (up to `busy_timeout`) for the lock before it reads anything,
 * so a second process on the same file makes a write slower, never fail. Every transaction in
 * main goes through this helper: one way to do it.
 */
export function writeTransaction<Args extends unknown[], Result>(
  db: Database,
  work: (...args: Args) => Result,
): (...args: Args) => Result {
  const transaction = db.transaction(work);
  return (...args: Args) => transaction.immediate(...args);
}
