/**
 * Freezes a workbook file for every schema version that has none yet, under
 * tests/fixtures/schema/vN.sqlite, with rows in every table of that version. Frozen files are
 * never rewritten: they are how yesterday's users' files looked, and every later migration
 * must keep their rows (tests/main/db/schema-fixtures.test.ts). Run `npm run fixtures:schema`
 * after adding a migration, and commit the new file.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { migrate } from '../../main/db/migrate';
import { migrations } from '../../main/db/migrations/index';
import { userTables } from '../../main/db/replace-contents';
import { seededWorkbook } from './seeded-workbook';
import { repoRoot } from './workbook';

export const schemaFixtureDir = join(repoRoot, 'tests/fixtures/schema');

async function freeze(): Promise<void> {
  mkdirSync(schemaFixtureDir, { recursive: true });
  const sourceDir = mkdtempSync(join(tmpdir(), 'werkboek-freeze-'));
  const source = await seededWorkbook(sourceDir);
  try {
    for (const { version } of migrations) {
      const file = join(schemaFixtureDir, `v${version}.sqlite`);
      if (existsSync(file)) continue;
      const target = new BetterSqlite3(file);
      migrate(
        target,
        migrations.filter((m) => m.version <= version),
      );
      target.transaction(() => {
        for (const table of userTables(target)) {
          const columns = target
            .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
            .all(table)
            .map((c) => `"${c.name}"`);
          const rows = source.database
            .prepare(`SELECT ${columns.join(', ')} FROM "${table}" ORDER BY rowid`)
            .raw()
            .all();
          const insert = target.prepare(
            `INSERT INTO "${table}" (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
          );
          for (const row of rows) insert.run(...(row as unknown[]));
        }
      })();
      target.pragma('journal_mode = DELETE');
      target.close();
      console.log(`bevroren: ${file}`);
    }
  } finally {
    source.close();
    rmSync(sourceDir, { recursive: true, force: true });
  }
}

void freeze();
