import type { Database } from 'better-sqlite3';
import { maxWorkbookFileCharacters } from '../../contract/backup-channels';
import { UserFacingError } from '../../contract/envelope';
import { schemaVersion } from '../../db/migrate';
import { readAllTables } from '../../db/workbook-rows';
import type { RuleContext } from './rules/row-rules';
import { describeRuleProblem, findRuleProblem } from './rules/validate-tables';
import { workbookFileFormat, workbookFileText, workbookFileVersion } from './workbook-file';

const megabytes = (characters: number) => Math.ceil(characters / (1024 * 1024));

/**
 * Every table of the workbook as one checksummed JSON text. Refuses what an import would
 * refuse (a row against the app's rules, a file over the size limit), so every file it
 * writes can be read back.
 */
export function exportWorkbook(
  db: Database,
  appVersion: string,
  context: RuleContext,
  now: Date = new Date(),
): { text: string; exportedAt: string } {
  const tables = readAllTables(db);
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
