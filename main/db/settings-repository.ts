import type { Database } from 'better-sqlite3';

/** Key/value settings stored as JSON. Callers validate what they read back. */
export function createSettingsRepository(db: Database) {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    /** The parsed JSON stored under `key`, or undefined when nothing is stored. */
    read(key: string): unknown {
      const row = select.get(key);
      return row === undefined ? undefined : JSON.parse(row.value);
    },
    write(key: string, value: unknown): void {
      upsert.run(key, JSON.stringify(value));
    },
  };
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
