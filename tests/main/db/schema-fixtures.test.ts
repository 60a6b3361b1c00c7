import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dataFileName } from '../../../main/db/data-dir';
import { latestSchemaVersion, migrations } from '../../../main/db/migrations/index';
import { userTables } from '../../../main/db/replace-contents';
import { dispatch } from '../../../main/services/dispatch';
import { createTempDirs } from '../../helpers/temp-dir';
import { openTestWorkbook, repoRoot } from '../../helpers/workbook';

const tempDir = createTempDirs();
const fixtureDir = join(repoRoot, 'tests/fixtures/schema');
const fixtureOf = (version: number) => join(fixtureDir, `v${version}.sqlite`);

/** Every column of every table of a file. */
function columnsOf(file: string): Map<string, string[]> {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return new Map(
      userTables(db).map((table) => [
        table,
        db
          .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
          .all(table)
          .map((c) => c.name),
      ]),
    );
  } finally {
    db.close();
  }
}

/** Every row of the given tables and columns (by default, all of the file's own). */
function rowsOf(file: string, columns = columnsOf(file)): Map<string, unknown[]> {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const result = new Map<string, unknown[]>();
    for (const [table, names] of columns) {
      const list = names.map((name) => `"${name}"`).join(', ');
      result.set(table, db.prepare(`SELECT ${list} FROM "${table}" ORDER BY rowid`).all());
    }
    return result;
  } finally {
    db.close();
  }
}

describe('workbook files of every earlier schema version', () => {
  it('are frozen in tests/fixtures/schema, one per version (npm run fixtures:schema adds a new one)', () => {
    const missing = migrations.map((m) => m.version).filter((version) => !existsSync(fixtureOf(version)));
    expect(missing, 'run `npm run fixtures:schema` and commit the file').toEqual([]);
  });

  it.each(migrations.map((m) => m.version))(
    'a version %i file opens, migrates and keeps every row',
    async (version) => {
      const dataDir = tempDir();
      const file = join(dataDir, dataFileName);
      copyFileSync(fixtureOf(version), file);
      const columns = columnsOf(file);
      const before = rowsOf(file, columns);
      expect(
        [...before.values()].every((rows) => rows.length > 0),
        'the fixture has rows in every table',
      ).toBe(true);

      const workbook = openTestWorkbook(dataDir);
      try {
        expect(workbook.database.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
        // Compare with the file's own columns only: a later migration may add some.
        workbook.database.pragma('wal_checkpoint(TRUNCATE)');
        expect(rowsOf(file, columns)).toEqual(before);
        // And the app works on it: the screens' lists answer.
        for (const channel of [
          'settings.get',
          'guide.notes.list',
          'selfAnalysis.list',
          'popOp.list',
          'financing.list',
        ]) {
          expect((await dispatch(workbook.handlers, channel, undefined)).ok, channel).toBe(true);
        }
      } finally {
        workbook.close();
      }
      // The frozen file itself is never touched: the test worked on a copy.
      expect(readFileSync(fixtureOf(version)).equals(readFileSync(fixtureOf(version)))).toBe(true);
    },
  );
});
