import type { Database } from 'better-sqlite3';
import { maxWorkbookFileCharacters } from '../../contract/backup-channels';
import { UserFacingError } from '../../contract/envelope';
import { schemaVersion } from '../../db/migrate';
import { readAllTables, type WorkbookTables } from '../../db/workbook-rows';
import type { RuleContext } from './rules/row-rules';
import { tableRules } from './rules/table-rules';
import { describeRuleProblem, findRuleProblem } from './rules/validate-tables';
import { workbookFileFormat, workbookFileText, workbookFileVersion } from './workbook-file';

/** The tables as they may leave the machine: a table whose rules keep it out travels empty. */
function travellingTables(tables: WorkbookTables): WorkbookTables {
  return Object.fromEntries(
    Object.entries(tables).map(([table, rows]) => [table, tableRules[table]?.keptOutOfExport ? [] : rows]),
  );
}

const megabytes = (characters: number) => Math.ceil(characters / (1024 * 1024));

/**
 * Every table of the workbook as one checksummed JSON text, without the rows that never travel
 * (see `keptOutOfExport`). Refuses what an import would
 * refuse (a row against the app's rules, a file over the size limit), so every file it
 * writes can be read back.
 */
export function exportWorkbook(
  db: Database,
  appVersion: string,
  context: RuleContext,
  now: Date = new Date(),
): { text: string; exportedAt: string } {
  const tables = travellingTables(readAllTables(db));
  const problem = findRuleProblem(tables, context);
  if (problem) {
    throw new UserFacingError(
      'invalid-input',
      `Het werkboek kan niet worden geëxporteerd: een import zou het bestand weigeren. ${describeRuleProblem(problem)} Pas dit eerst aan in het werkboek.`,
    );
  }
  const exportedAt = now.toISOString();
  const text = workbookFileText({
    format: workbookFileFormat,
    formatVersion: workbookFileVersion,
    appVersion,
    exportedAt,
    schemaVersion: schemaVersion(db),
    tables,
  });
  if (text.length > maxWorkbookFileCharacters) {
    throw new UserFacingError(
      'invalid-input',
      `Het werkboek is te groot om als één bestand te exporteren (${megabytes(text.length)} MB; een werkboekbestand mag ` +
        `hoogstens ${megabytes(maxWorkbookFileCharacters)} MB zijn). Verwijder oude POP-OP’s of zelfanalyses die je niet meer nodig hebt, ` +
        'of vraag je IT-afdeling de hele gegevensmap te kopiëren.',
    );
  }
  return { text, exportedAt };
}
